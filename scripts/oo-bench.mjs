// Object-model benchmark: method calls and attribute reads/writes on user-class instances,
// run by pypy-ts (the built CLI, JIT off) and by python3 in the same run.
//
//   node scripts/oo-bench.mjs [--runs N] [--cli path/to/pypy-ts.mjs]
//
// Each kernel prints a checksum; both implementations must print the same one. Times are the
// best of N runs of a whole process (start-up included): wall time, and CPU time (user + sys,
// all threads) when /usr/bin/time exists, which is steadier on a loaded machine. Never used
// as a test: numbers only.
// `--cli` times another build (e.g. one from before a change) against the same python3 run.

import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const KERNELS = {
  points: `
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def dot(self, other):
        return self.x * other.x + self.y * other.y

class Counter:
    def __init__(self):
        self.n = 0
        self.total = 0
    def bump(self, k):
        self.n += 1
        self.total += k

acc = Vec(0, 0)
c = Counter()
step = Vec(1, 2)
for i in range(1200000):
    acc = acc.add(step)
    c.bump(acc.dot(step) % 7)
print(acc.x, acc.y, c.n, c.total)`,
  inherit: `
class Base:
    def __init__(self):
        self.a = 1
    def get(self):
        return self.a
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.b = 2
class Leaf(Mid):
    def val(self):
        return self.get() + self.b

objs = [Leaf() for _ in range(100)]
t = 0
for i in range(20000):
    for o in objs:
        t += o.val()
print(t)`,
};

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const runs = Number(opt("--runs", "3"));
const cli = opt("--cli", new URL("../dist/pypy-ts.mjs", import.meta.url).pathname);

const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

function best(cmd, argv) {
  let bestMs = Infinity;
  let bestCpu = Infinity;
  let out = "";
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    if (TIME) {
      const res = spawnSync(TIME, ["-f", "CPU %U %S", cmd, ...argv], { encoding: "utf8", maxBuffer: 1 << 26 });
      out = res.stdout;
      const m = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(res.stderr);
      if (m) bestCpu = Math.min(bestCpu, (Number(m[1]) + Number(m[2])) * 1000);
    } else out = execFileSync(cmd, argv, { encoding: "utf8", maxBuffer: 1 << 26 });
    bestMs = Math.min(bestMs, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { ms: bestMs, cpu: bestCpu, out: out.trim() };
}

const dir = mkdtempSync(join(tmpdir(), "oo-bench-"));
try {
  console.log(`kernel        python3 ms   pypy-ts ms   ratio   py cpu ms   ts cpu ms   cpu ratio   (${cli})`);
  for (const [name, src] of Object.entries(KERNELS)) {
    const file = join(dir, `${name}.py`);
    writeFileSync(file, src.trimStart());
    const py = best("python3", [file]);
    const ts = best("node", [cli, file]);
    const ok = py.out === ts.out ? "" : `  CHECKSUM MISMATCH: ${JSON.stringify(py.out)} vs ${JSON.stringify(ts.out)}`;
    const cpu = Number.isFinite(py.cpu) ? `${py.cpu.toFixed(0).padStart(11)} ${ts.cpu.toFixed(0).padStart(11)} ${(ts.cpu / py.cpu).toFixed(2).padStart(11)}` : "";
    console.log(`${name.padEnd(12)} ${py.ms.toFixed(0).padStart(10)} ${ts.ms.toFixed(0).padStart(12)} ${(ts.ms / py.ms).toFixed(2).padStart(7)} ${cpu}${ok}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
