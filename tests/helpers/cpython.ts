// Asking CPython (python3, which every machine and CI has) for the expected answer.
import { execFileSync, spawnSync } from "node:child_process";

/**
 * The real CPython binary behind `python3` (on a pyenv machine `python3` is a shell-script shim
 * that costs ~0.1 s per start): the differential tests start CPython hundreds of times.
 */
export const PYTHON: string = execFileSync("python3", ["-c", "import sys; print(sys.executable)"]).toString().trim() || "python3";

/** Runs a Python script with `input` as JSON on stdin and returns its stdout parsed as JSON. */
export function pythonJson<T>(script: string, input: unknown): T {
  const out = execFileSync("python3", ["-c", script], { input: JSON.stringify(input), maxBuffer: 1 << 28 });
  return JSON.parse(out.toString()) as T;
}

export interface CompileErrorInfo {
  type: string;
  msg: string;
  lineno: number;
  offset: number;
  endLineno: number | null;
  endOffset: number | null;
}

/** CPython's SyntaxError (or null if it compiles) for each source, compiled as `filename`. */
export function cpythonCompileErrors(sources: string[], filename: string): (CompileErrorInfo | null)[] {
  const script = `
import json, sys, warnings
warnings.simplefilter("ignore")
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, ${JSON.stringify(filename)}, "exec")
        out.append(None)
    except SyntaxError as e:
        out.append({"type": type(e).__name__, "msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                    "endLineno": e.end_lineno, "endOffset": e.end_offset})
print(json.dumps(out))
`;
  return pythonJson(script, sources);
}

/** Runs a command and returns its exit code, stdout and stderr. */
export function runCommand(cmd: string, args: string[], input?: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { input, encoding: "utf8" });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
