// The example programs (examples/*.py) against CPython: each runs under python3 and under
// pypy-ts in three modes (plain, GC torture, JIT threshold 1, as in tests/python.test.ts), and
// stdout, the last stderr line and the exit code must agree.
//
// Every example takes an optional size argument; the slow modes run smaller inputs so the whole
// file stays well under a minute on two cores. Programs not listed in RUNS run without
// arguments in every mode (and must stay fast enough for that). The interpreter is an esbuild
// bundle of src/ made in beforeAll (tests/helpers/bundled-interp.ts): these programs are long
// enough that vitest's slower module transform would dominate.

import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Artifact } from "../src/tracer/jitcode.js";
import { type BundledInterp, loadBundledInterp } from "./helpers/bundled-interp.js";
import { PYTHON } from "./helpers/cpython.js";

const ROOT = new URL("..", import.meta.url).pathname;
const DIR = join(ROOT, "examples");

type Mode = "plain" | "torture" | "jit1";
const MODES: Mode[] = ["plain", "torture", "jit1"];

/** Argument lists per program and mode: each list is one run. */
const RUNS: Record<string, Partial<Record<Mode, string[][]>>> = {
  "adventure.py": { plain: [[]], torture: [["20"]], jit1: [["60"]] },
  "json_pretty.py": { plain: [[], ["package.json"], ["examples/no-such-file.json"]], torture: [["3"]], jit1: [["20"]] },
  "sudoku.py": { plain: [[]], torture: [["2"]], jit1: [["4"]] },
  "calc_interp.py": { plain: [[]], torture: [["4"]], jit1: [["12"]] },
  "report.py": { plain: [[], ["0"]], torture: [["40"]], jit1: [["200"]] },
  "primes.py": { plain: [[]], torture: [["2000"]], jit1: [["20000"]] },
};

interface Outcome {
  stdout: string;
  lastErr: string;
  code: number;
}

function lastLine(s: string): string {
  const lines = s.split("\n").filter((l) => l.trim() !== "");
  return lines.length === 0 ? "" : lines[lines.length - 1]!;
}

function runPython(file: string, args: string[]): Promise<Outcome> {
  return new Promise((resolve) => {
    const env = { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8", PYTHONDONTWRITEBYTECODE: "1" };
    execFile(PYTHON, [file, ...args], { cwd: ROOT, env }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
      resolve({ stdout, lastErr: lastLine(stderr), code });
    });
  });
}

let artifact: Artifact | null = null;
let interp: BundledInterp | null = null;

function runPypyTs(file: string, args: string[], mode: Mode): Outcome {
  let stdout = "";
  let stderr = "";
  const { runProgram, JitLog } = interp!;
  const code = runProgram(readFileSync(join(ROOT, file)), file, {
    argv: [file, ...args],
    torture: mode === "torture",
    ...(mode === "jit1" ? { jit: { artifact: artifact!, threshold: 1, log: new JitLog("") } } : {}),
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
  });
  return { stdout, lastErr: lastLine(stderr), code };
}

const PROGRAMS = readdirSync(DIR).filter((f) => f.endsWith(".py")).sort();

interface Case {
  file: string;
  args: string[];
  mode: Mode;
}

const CASES: Case[] = PROGRAMS.flatMap((p) =>
  MODES.flatMap((mode) => {
    const runs = RUNS[p] === undefined ? [[]] : (RUNS[p]![mode] ?? []);
    return runs.map((args) => ({ file: `examples/${p}`, args, mode }));
  }),
);

const key = (c: { file: string; args: string[] }) => [c.file, ...c.args].join(" ");
const expected = new Map<string, Outcome>();

beforeAll(async () => {
  const queue = [...new Map(CASES.map((c) => [key(c), c])).values()];
  const worker = async () => {
    for (let c = queue.shift(); c !== undefined; c = queue.shift()) expected.set(key(c), await runPython(c.file, c.args));
  };
  const bundling = loadBundledInterp(ROOT);
  await Promise.all([worker(), worker()]);
  interp = await bundling;
  artifact = interp.codewrite(ROOT, ["src/interp/eval.ts", "src/interp/opnums.ts"]);
  await interp.preloadJitBackend();
}, 120_000);

it("there are at least seven examples, and every RUNS entry names one", () => {
  expect(PROGRAMS.length).toBeGreaterThanOrEqual(7);
  for (const p of Object.keys(RUNS)) expect(PROGRAMS).toContain(p);
});

for (const mode of MODES) {
  describe(`examples (${mode})`, () => {
    for (const c of CASES.filter((c) => c.mode === mode)) {
      it(key(c), () => {
        const want = expected.get(key(c))!;
        expect(want.code === 0 || c.args.length > 0).toBe(true); // an example itself must not fail
        expect(runPypyTs(c.file, c.args, mode)).toEqual(want);
      }, 60_000);
    }
  });
}
