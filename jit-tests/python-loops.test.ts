// Python loops through the real eval loop and the JIT, checked by what their compiled traces
// contain (PyPy's test_pypy_c): the optimized loop of each program must or must not hold
// certain operations, and the program's output must equal python3's.
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { preloadJitBackend } from "../src/interp/jit.js";
import { runProgram } from "../src/interp/run.js";
import { codewrite } from "../src/tracer/codewriter/index.js";
import type { Artifact } from "../src/tracer/jitcode.js";
import { JitLog } from "../src/tracer/jitlog.js";
import { ROOT } from "./support.js";

let artifact: Artifact;
beforeAll(async () => {
  artifact = codewrite(ROOT, ["src/interp/eval.ts", "src/interp/opnums.ts"]);
  await preloadJitBackend();
}, 120_000);

interface Run {
  stdout: string;
  log: JitLog;
  /** The optimized loops' op lines (no debug_merge_point). */
  loops: string[][];
}

function runJit(src: string, threshold = 50): Run {
  let stdout = "";
  const log = new JitLog("", true);
  runProgram(new TextEncoder().encode(src), "<loop>", { argv: ["<loop>"], stdout: (s) => void (stdout += s), stderr: (s) => void (stdout += s), jit: { artifact, threshold, log } });
  const loops = log.sections.filter((s) => s.name === "jit-log-opt-loop").map((s) => s.body.split("\n").filter((l) => l.trim() !== "" && !l.startsWith("debug_merge_point") && !l.startsWith("#")));
  return { stdout, log, loops };
}

const python = (src: string): string => execFileSync("python3", ["-c", src], { encoding: "utf8" });
const count = (ops: string[], name: string): number => ops.filter((l) => new RegExp(`(^|= )${name}\\(`).test(l)).length;

describe("python loops under the JIT", () => {
  it("an int loop in a function compiles to one loop with no call and no allocation", () => {
    const src = `
def f(n):
    t = 0
    i = 0
    while i < n:
        t = t + i * 3
        i += 1
    return t
print(f(20000))
`;
    const r = runJit(src);
    expect(r.stdout).toBe(python(src));
    expect(r.log.counts.get("loops")).toBe(1);
    expect(r.log.counts.get("aborts") ?? 0).toBe(0);
    const [loop] = r.loops;
    expect(count(loop!, "call_[irfv]")).toBe(0);
    expect(count(loop!, "new_(fixed|var)")).toBe(0);
    expect(count(loop!, "int_add")).toBeGreaterThanOrEqual(2);
    // the product i * 3 is boxed, stored and reused unboxed: intbounds folds the round trip,
    // so only the three values loaded from the frame (i, n, t) are untagged; i * 3 of a 31-bit
    // i cannot leave the exact range, so no overflow test against 2^53 either
    expect(loop!.some((l) => /int_add\(i\d+, i\d+\)/.test(l))).toBe(true);
    expect(count(loop!, "int_rshift")).toBe(3);
    expect(loop!.filter((l) => l.includes("9007199254740991")).length).toBe(0);
    // no frame reload from the root slot inside the body (only at the end, for the jump)
    expect(loop!.filter((l) => /gc_load_r\(ConstPtr\(0\), 32832\)/.test(l)).length).toBeLessThanOrEqual(1);
  });

  it("a for-range loop over a list sum gives python3's answer with the JIT at threshold 1", () => {
    const src = `
xs = [i * i for i in range(300)]
t = 0
for x in xs:
    if x % 3 == 0:
        t += x
    else:
        t -= 1
print(t, len(xs))
`;
    const r = runJit(src, 1);
    expect(r.stdout).toBe(python(src));
    expect(r.log.counts.get("loops") ?? 0).toBeGreaterThanOrEqual(1);
  });

  it("an int loop crossing 2^31 and 2^53 leaves the fast path through guards and stays exact", () => {
    const src = `
def f(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
    return x
print(f(60))
`;
    const r = runJit(src, 5);
    expect(r.stdout).toBe(python(src));
  });

  it("a loop left by return gets a bridge that finishes the frame (no abort, few guard failures)", () => {
    const src = `
def find(xs, x):
    for i in range(len(xs)):
        if xs[i] == x:
            return i
    return -1
xs = list(range(50))
t = 0
for k in range(3000):
    t += find(xs, k % 60)
print(t)
`;
    const r = runJit(src, 20);
    expect(r.stdout).toBe(python(src));
    expect(r.log.counts.get("aborts") ?? 0).toBe(0);
    expect(r.log.counts.get("bridges") ?? 0).toBeGreaterThanOrEqual(1);
    expect(r.log.sections.some((s) => s.name === "jit-log-opt-bridge" && /finish\(/.test(s.body))).toBe(true);
    // failures before the bridge threshold only, not one per call of find()
    expect(r.log.counts.get("guard failures") ?? 0).toBeLessThan(1500);
  });
});
