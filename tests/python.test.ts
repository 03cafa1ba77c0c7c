// The differential Python corpus: every tests/python/<area>/*.py program runs under python3
// and under pypy-ts, and the two must agree on stdout, the last line of stderr (the exception
// line of a traceback) and the exit code.
//
// python3 runs once per program (a small process pool, all before the tests); pypy-ts runs
// in-process through runProgram() of an esbuild bundle of src/ made the way the CLI's is
// (tests/helpers/bundled-interp.ts), which boots a fresh heap per run — no process per program
// per mode, which keeps the whole corpus to seconds on two cores. Modes:
//   plain    — the default heap;
//   torture  — PYPYTS_GC_TORTURE: every safepoint collects, every 4th collection is major, so
//              any reference the interpreter holds across a safepoint without a root shows up;
//   jit1     — JIT threshold 1: every loop is traced at its first backward jump, compiled to
//              Wasm and run; guards fail into the blackhole. A JIT bug shows up as a difference.
//
// A program for a feature that doesn't work yet stays in the corpus and goes in SKIP with the
// reason; nothing is dropped silently.

import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Artifact } from "../src/tracer/jitcode.js";
import { type BundledInterp, loadBundledInterp } from "./helpers/bundled-interp.js";
import { PYTHON } from "./helpers/cpython.js";

const ROOT = new URL("..", import.meta.url).pathname;
const DIR = join(ROOT, "tests/python");

/** Programs that exist but don't pass yet: path under tests/python -> why. */
const SKIP: Record<string, string> = {
  "generators/refcount_close.py": "CPython closes a generator when its reference count drops to zero (mid-run); without reference counts a dropped suspended generator is closed at exit (docs/ARCHITECTURE.md, Generators)",
  "recursion/depth.py": "900 nested calls overflow this in-process runner's ~1 MB JS stack (~700 fit); the CLI runs it right (worker with a 64 MB stack, tests/cli.test.ts)",
};

/** Programs the JIT mode skips (on top of SKIP): path -> why. */
const JIT_SKIP: Record<string, string> = {};

interface Outcome {
  stdout: string;
  lastErr: string;
  code: number;
}

function programs(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(DIR, { withFileTypes: true })) {
    if (!area.isDirectory()) continue;
    for (const f of readdirSync(join(DIR, area.name)).sort()) if (f.endsWith(".py")) out.push(`${area.name}/${f}`);
  }
  return out.sort();
}

function lastLine(s: string): string {
  const lines = s.split("\n").filter((l) => l.trim() !== "");
  return lines.length === 0 ? "" : lines[lines.length - 1]!;
}


function runPython(path: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(PYTHON, [path], { cwd: ROOT, env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ stdout, lastErr: lastLine(stderr), code });
    });
  });
}

let artifact: Artifact | null = null;
let interp: BundledInterp | null = null;

function runPypyTs(path: string, torture: boolean, jit = false): Outcome {
  const { runProgram, JitLog } = interp!;
  let stdout = "";
  let stderr = "";
  const code = runProgram(readFileSync(join(ROOT, path)), path, {
    argv: [path],
    torture,
    ...(jit ? { jit: { artifact: artifact!, threshold: 1, log: new JitLog("") } } : {}),
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { stdout, lastErr: lastLine(stderr), code };
}

const ALL = programs();
const expected = new Map<string, Outcome>();

beforeAll(async () => {
  const bundling = loadBundledInterp(ROOT);
  const queue = [...ALL];
  const worker = async () => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) expected.set(p, await runPython(relative(ROOT, join(DIR, p))));
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  interp = await bundling;
  artifact = interp.codewrite(ROOT, ["src/interp/eval.ts", "src/interp/opnums.ts"]);
  await interp.preloadJitBackend();
}, 600_000); // ~460 python3 runs and the codewriter: minutes when the machine is shared

it("the corpus is not empty and every skip names a program", () => {
  expect(ALL.length).toBeGreaterThan(0);
  for (const p of Object.keys(SKIP)) expect(ALL).toContain(p);
});

for (const [mode, torture, jit] of [["plain", false, false], ["torture", true, false], ["jit threshold 1", false, true]] as const) {
  describe(`python corpus (${mode})`, () => {
    for (const p of ALL) {
      const reason = SKIP[p] ?? (jit ? JIT_SKIP[p] : undefined);
      if (reason !== undefined) {
        it.skip(`${p} — ${reason}`, () => {});
        continue;
      }
      it(p, () => {
        const want = expected.get(p)!;
        const got = runPypyTs(relative(ROOT, join(DIR, p)), torture, jit);
        expect(got).toEqual(want);
      });
    }
  });
}

