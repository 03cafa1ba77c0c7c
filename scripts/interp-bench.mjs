// Interpreter benchmark: small Python kernels run by pypy-ts (the built CLI, JIT off) and by
// CPython in the same run, reported as wall times and the ratio pypy-ts / python3.
//
//   node scripts/interp-bench.mjs [--runs N] [--filter NAME] [--python PATH] [--baseline CLI]
//
// --baseline runs a second build of pypy-ts (another checkout's dist/pypy-ts.mjs) in the same
// run and adds its ratios, for before/after tables.
//
// CPython is the real binary (`sys.executable`), not a `python3` shim on PATH (pyenv's adds
// ~70 ms per process). Each kernel runs twice: at module level (globals by name) and inside a
// function (fast locals); both are common in real programs. Times are the best of N runs of a
// whole process; `loop ms` subtracts each implementation's start-up (the best time of an empty
// program), so the ratio reflects the kernel and not the process start. Each kernel prints a
// checksum; both implementations must print the same one (a wrong answer fast is not a
// result). Never used as a test: numbers only.

import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = new URL("../dist/pypy-ts.mjs", import.meta.url).pathname;

/** Kernel bodies: module-level statements; the last line prints the checksum. */
const KERNELS = {
  int_loop: `
t = 0
i = 0
while i < 1000000:
    t = (t + i * 7) % 1000003
    i += 1
print(t)`,
  float_loop: `
x = 0.0
for i in range(1000000):
    x = x * 0.999 + i * 0.5
print(round(x, 3))`,
  calls: `
def add(a, b):
    return a + b
t = 0
for i in range(500000):
    t = add(t, i)
print(t)`,
  list_append_index: `
xs = []
for i in range(500000):
    xs.append(i * 2)
t = 0
for i in range(len(xs)):
    t += xs[i]
print(t)`,
  dict_get_set: `
d = {}
for i in range(500000):
    d[i % 1000] = d.get(i % 1000, 0) + i
print(sum(d.values()))`,
  string_building: `
parts = []
for i in range(200000):
    parts.append(str(i % 97))
s = "".join(parts)
acc = ""
for i in range(20000):
    acc += "x"
print(len(s), len(acc))`,
};

/** The same body inside a function: its variables become fast locals. */
function inFunction(src) {
  const body = src
    .trim()
    .split("\n")
    .map((l) => "    " + l)
    .join("\n");
  return `def main():\n${body}\nmain()`;
}

function arg(name, dflt) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
}

const runs = Number(arg("--runs", "3"));
const filter = arg("--filter", "");
const python = arg("--python", "") || execFileSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).trim();
const baseline = arg("--baseline", "");
const dir = mkdtempSync(join(tmpdir(), "interp-bench-"));

/**
 * CPU time (user + sys, ms) of the children waited for so far, from /proc/self/stat (Linux;
 * 10 ms ticks). On a machine shared with other work, CPU time is steadier than wall time.
 */
function childCpuMs() {
  if (!existsSync("/proc/self/stat")) return NaN;
  const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(f[13]) + Number(f[14])) * 10; // cutime, cstime (fields 16, 17)
}

function best(cmd, args) {
  let bestMs = Infinity;
  let bestCpu = Infinity;
  let out = "";
  for (let r = 0; r < runs; r++) {
    const c0 = childCpuMs();
    const t0 = performance.now();
    out = execFileSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 26 });
    bestMs = Math.min(bestMs, performance.now() - t0);
    bestCpu = Math.min(bestCpu, childCpuMs() - c0);
  }
  return { ms: bestMs, cpu: bestCpu, out: out.trim() };
}

function runBoth(name, src) {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, src.trimStart() + "\n");
  return [best(process.execPath, [CLI, file]), best(python, [file]), baseline ? best(process.execPath, [baseline, file]) : null];
}

const col = (s, w) => String(s).padStart(w);
try {
  console.log(`python: ${python}`);
  const [ourStart, theirStart, baseStart] = runBoth("startup", "print(0)");
  console.log(`startup: pypy-ts ${ourStart.ms.toFixed(0)} ms (cpu ${ourStart.cpu}), python3 ${theirStart.ms.toFixed(0)} ms (cpu ${theirStart.cpu}) (ratio ${(ourStart.ms / theirStart.ms).toFixed(2)})`);
  console.log("wall: whole process; loop: wall minus each one's start-up; cpu loop: the same on user+sys CPU time");
  if (baseline) console.log(`baseline ${baseline}: startup ${baseStart.ms.toFixed(0)} ms (cpu ${baseStart.cpu}); its ratios in the last three columns`);
  const baseCols = baseline ? ` ${col("base wall", 10)} ${col("base loop", 10)} ${col("base cpu", 9)}` : "";
  console.log(`${"kernel".padEnd(26)} ${col("pypy-ts ms", 11)} ${col("python3 ms", 11)} ${col("wall", 7)} ${col("loop", 7)} ${col("cpu loop", 9)}${baseCols}`);
  for (const [name, body] of Object.entries(KERNELS)) {
    if (filter && !name.includes(filter)) continue;
    for (const [where, src] of [["module", body], ["function", inFunction(body)]]) {
      const label = `${name} (${where})`;
      const [ours, theirs, base] = runBoth(`${name}_${where}`, src);
      let flag = ours.out === theirs.out ? "" : `  MISMATCH: ${ours.out} vs ${theirs.out}`;
      let baseText = "";
      if (base) {
        if (base.out !== theirs.out) flag += `  BASELINE MISMATCH: ${base.out}`;
        const bl = Math.max(1, base.ms - baseStart.ms) / Math.max(1, theirs.ms - theirStart.ms);
        const bc = Math.max(10, base.cpu - baseStart.cpu) / Math.max(10, theirs.cpu - theirStart.cpu);
        baseText = ` ${col((base.ms / theirs.ms).toFixed(2), 10)} ${col(bl.toFixed(2), 10)} ${col(bc.toFixed(2), 9)}`;
      }
      const loopOurs = Math.max(1, ours.ms - ourStart.ms);
      const loopTheirs = Math.max(1, theirs.ms - theirStart.ms);
      const cpuOurs = Math.max(10, ours.cpu - ourStart.cpu);
      const cpuTheirs = Math.max(10, theirs.cpu - theirStart.cpu);
      console.log(
        `${label.padEnd(26)} ${col(ours.ms.toFixed(0), 11)} ${col(theirs.ms.toFixed(0), 11)} ${col((ours.ms / theirs.ms).toFixed(2), 7)} ${col((loopOurs / loopTheirs).toFixed(2), 7)} ${col((cpuOurs / cpuTheirs).toFixed(2), 9)}${baseText}${flag}`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
