// Interpreter benchmark: small Python kernels run by pypy-ts (the built CLI, JIT off) and by
// python3 in the same run, reported as wall times and the ratio pypy-ts / python3.
//
//   node scripts/interp-bench.mjs [--runs N] [--filter NAME]
//
// Each kernel prints a checksum; both implementations must print the same one (a wrong answer
// fast is not a result). Times are the best of N runs of a whole process, so they include
// start-up: `startup` (an empty program) shows how much. Never used as a test: numbers only.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = new URL("../dist/pypy-ts.mjs", import.meta.url).pathname;

const KERNELS = {
  startup: `print(0)`,
  int_loop: `
t = 0
i = 0
while i < 1000000:
    t = (t + i * 7) % 1000003
    i += 1
print(t)`,
  float_loop: `
x = 0.0
for i in range(500000):
    x = x * 0.999 + i * 0.5
print(round(x, 3))`,
  calls: `
def add(a, b):
    return a + b
t = 0
for i in range(300000):
    t = add(t, i)
print(t)`,
  list_append_index: `
xs = []
for i in range(300000):
    xs.append(i * 2)
t = 0
for i in range(len(xs)):
    t += xs[i]
print(t)`,
  dict_get_set: `
d = {}
for i in range(200000):
    d[i % 1000] = d.get(i % 1000, 0) + i
print(sum(d.values()))`,
  string_building: `
parts = []
for i in range(100000):
    parts.append(str(i % 97))
s = "".join(parts)
acc = ""
for i in range(20000):
    acc += "x"
print(len(s), len(acc))`,
};

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

const runs = Number(arg("--runs", "3"));
const filter = arg("--filter", "");
const dir = mkdtempSync(join(tmpdir(), "interp-bench-"));

function best(cmd, args) {
  let bestMs = Infinity;
  let out = "";
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    out = execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
    bestMs = Math.min(bestMs, performance.now() - t0);
  }
  return { ms: bestMs, out: out.trim() };
}

try {
  console.log(`${"kernel".padEnd(20)} ${"pypy-ts ms".padStart(11)} ${"python3 ms".padStart(11)} ${"ratio".padStart(7)}`);
  for (const [name, src] of Object.entries(KERNELS)) {
    if (filter && !name.includes(filter)) continue;
    const file = join(dir, `${name}.py`);
    writeFileSync(file, src.trimStart() + "\n");
    const ours = best(process.execPath, [CLI, file]);
    const theirs = best("python3", [file]);
    const flag = ours.out === theirs.out ? "" : `  MISMATCH: ${ours.out} vs ${theirs.out}`;
    console.log(`${name.padEnd(20)} ${ours.ms.toFixed(0).padStart(11)} ${theirs.ms.toFixed(0).padStart(11)} ${(ours.ms / theirs.ms).toFixed(2).padStart(7)}${flag}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
