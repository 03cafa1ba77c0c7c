// The `pypy-ts` command: python's command line (`FILE [args]`, `-c CODE`, `-m MOD`, `-`),
// plus the frontend's inspection modes `--ast` (CPython's ast.dump, byte for byte) and `--dis`.
//
// Every user-visible failure is printed the way CPython prints it, with CPython's exit codes
// (research/CLI-CONVENTIONS.md): 2 for a bad option or a file that can't be opened, 1 for a
// SyntaxError or an uncaught exception. A JavaScript stack trace reaches the user only with
// `--debug` (or PYPYTS_DEBUG=1): an internal error is a bug, reported in one line otherwise.

import { readFileSync } from "node:fs";
import { isMainThread, parentPort } from "node:worker_threads";
import { resolve } from "node:path";
import { dumpAst } from "./frontend/ast-dump.js";
import { compileModule } from "./frontend/compiler.js";
import { disassemble } from "./frontend/dis.js";
import { formatSyntaxError, PySyntaxError } from "./frontend/errors.js";
import { parseModule } from "./frontend/parser.js";
import { decodeSource } from "./frontend/source.js";
import { type RunOptions, runProgram } from "./interp/run.js";
import { preloadJitBackend } from "./interp/jit.js";
import type { Artifact } from "./tracer/jitcode.js";
import { JitLog } from "./tracer/jitlog.js";
import { DEFAULT_JIT_OPTIONS } from "./tracer/warmstate.js";
import { isStackOverflow } from "./interp/state.js";
import { mainPath0 } from "./interp/import.js";
import { output } from "./interp/output.js";
import { runInMain, runModuleAsMain, startSession } from "./interp/session.js";
import { BANNER, interact } from "./repl.js";

const VERSION = "0.1.0";
const PYTHON_VERSION = "3.11.7";
const USAGE = "usage: pypy-ts [option] ... [-c cmd | -m mod | file | -] [arg] ...";

const HELP = `${USAGE}
Options (a subset of python's, plus pypy-ts's own):
-c cmd   : program passed in as string (terminates option list)
-m mod   : run library module as a script (terminates option list)
-h       : print this help message and exit (also -? or --help)
-V       : print the Python version number and exit (also --version)
-B, -E, -I, -s, -S, -u, -q, -O : accepted for compatibility; no effect yet
-X opt   : set implementation-specific option (accepted, recorded)
-W arg   : warning control (accepted)
file     : program read from script file
-        : program read from stdin
arg ...  : arguments passed to program in sys.argv[1:]

pypy-ts options:
--ast    : print the program's AST exactly as CPython's ast.dump(ast.parse(src)) does
--ast-attrs : the same, with line and column attributes (include_attributes=True)
--dis    : print a disassembly of the program's compiled code objects
--gc-stats : print the collector's statistics to stderr at exit
--jit    : run with the tracing JIT (hot loops compiled to WebAssembly); --no-jit: without
--jit-threshold=N : loop iterations before a loop is traced (implies --jit; default 1039)
--debug  : show JavaScript stack traces for internal errors (also PYPYTS_DEBUG=1)
`;

type Mode = "run" | "ast" | "ast-attrs" | "dis";

interface Invocation {
  mode: Mode;
  /** Exactly one program source: a file path, `-c` code, `-m` module or stdin ("-"). */
  program: { kind: "file"; path: string } | { kind: "command"; code: string } | { kind: "module"; name: string } | { kind: "stdin" } | null;
  argv: string[];
  debug: boolean;
  gcStats: boolean;
  /** The JIT's threshold, or null for no JIT. */
  jitThreshold: number | null;
  /** -i: the interactive prompt after the program. */
  inspect: boolean;
  /** -u: stdout and stderr unbuffered. */
  unbuffered: boolean;
  /** -q: no banner before the prompt. */
  quiet: boolean;
}

class UsageError extends Error {}

// Single-letter flags that take no argument and that we accept for compatibility.
const NO_ARG_FLAGS = new Set("bBdEiIOqsSuvR".split(""));
const ARG_FLAGS = new Set(["W", "X"]);

const DEFAULT_JIT_THRESHOLD = DEFAULT_JIT_OPTIONS.threshold;

function jitThresholdValue(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jit-threshold needs a positive integer, not '${text}'`);
  return n;
}

/** PYPYTS_JIT_THRESHOLD=N turns the JIT on by default (tests, benchmarks). */
function envJitThreshold(): number | null {
  const v = process.env.PYPYTS_JIT_THRESHOLD;
  return v === undefined || v === "" ? null : jitThresholdValue(v);
}

/** The JIT's artifact (dist/jitcodes.json, beside this bundle) and binaryen, loaded before the run. */
async function prepareJit(threshold: number): Promise<NonNullable<RunOptions["jit"]>> {
  const artifact = JSON.parse(readFileSync(new URL("./jitcodes.json", import.meta.url), "utf8")) as Artifact;
  await preloadJitBackend();
  return { artifact, threshold, log: new JitLog() };
}

function parseArgs(args: string[]): Invocation | "help" | "version" {
  const inv: Invocation = { mode: "run", program: null, argv: [""], debug: process.env.PYPYTS_DEBUG === "1", gcStats: false, jitThreshold: envJitThreshold(), inspect: false, unbuffered: false, quiet: false };
  let i = 0;
  while (i < args.length) {
    const arg = args[i]!;
    if (arg === "--ast") inv.mode = "ast";
    else if (arg === "--ast-attrs") inv.mode = "ast-attrs";
    else if (arg === "--dis") inv.mode = "dis";
    else if (arg === "--debug") inv.debug = true;
    else if (arg === "--gc-stats") inv.gcStats = true;
    else if (arg === "--jit") inv.jitThreshold ??= DEFAULT_JIT_THRESHOLD;
    else if (arg === "--no-jit") inv.jitThreshold = null;
    else if (arg.startsWith("--jit-threshold=")) inv.jitThreshold = jitThresholdValue(arg.slice("--jit-threshold=".length));
    else if (arg === "--help") return "help";
    else if (arg === "--version") return "version";
    else if (arg === "-") {
      inv.program = { kind: "stdin" };
      inv.argv = args.slice(i);
      return inv;
    } else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else if (arg.startsWith("-") && arg.length > 1) {
      // A cluster of short flags, as in `-uBc code`.
      for (let j = 1; j < arg.length; j++) {
        const flag = arg[j]!;
        if (flag === "h" || flag === "?") return "help";
        if (flag === "V") return "version";
        if (flag === "c" || flag === "m") {
          const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (value === undefined) throw new UsageError(`Argument expected for the -${flag} option`);
          inv.program = flag === "c" ? { kind: "command", code: value } : { kind: "module", name: value };
          inv.argv = [flag === "c" ? "-c" : value, ...args.slice(i + 1)];
          return inv;
        }
        if (ARG_FLAGS.has(flag)) {
          if (j + 1 === arg.length && args[++i] === undefined) throw new UsageError(`Argument expected for the -${flag} option`);
          break;
        }
        if (!NO_ARG_FLAGS.has(flag)) throw new UsageError(`Unknown option: -${flag}`);
        if (flag === "i") inv.inspect = true;
        if (flag === "u") inv.unbuffered = true;
        if (flag === "q") inv.quiet = true;
      }
    } else {
      inv.program = { kind: "file", path: arg };
      inv.argv = args.slice(i);
      return inv;
    }
    i++;
  }
  return inv;
}

/** Reads the program's bytes and the filename CPython would show for it. */
function loadProgram(program: NonNullable<Invocation["program"]>): { bytes: Uint8Array; filename: string } {
  switch (program.kind) {
    case "command":
      return { bytes: new TextEncoder().encode(program.code), filename: "<string>" };
    case "stdin":
      return { bytes: readFileSync(0), filename: "<stdin>" };
    case "module":
      throw new Error("-m is run by runModuleAsMain");
    case "file": {
      const path = resolve(program.path);
      try {
        return { bytes: readFileSync(path), filename: path };
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        const reason = err.code === "ENOENT" ? "[Errno 2] No such file or directory"
          : err.code === "EISDIR" ? "[Errno 21] Is a directory"
          : err.code === "EACCES" ? "[Errno 13] Permission denied"
          : String(err.message);
        process.stderr.write(`pypy-ts: can't open file '${path}': ${reason}\n`);
        process.exit(2);
      }
    }
  }
}

/** The program's stdout, buffered (unless -u) and pushed out before stderr writes and prompts. */
function consoleSinks(unbuffered: boolean) {
  let out = "";
  const flush = () => {
    if (out !== "") process.stdout.write(out);
    out = "";
  };
  const stdout = (s: string) => {
    out += s;
    if (unbuffered || out.length > 1 << 16) flush();
  };
  const stderr = (s: string) => {
    flush();
    process.stderr.write(s);
  };
  output.flush = flush;
  return { stdout, stderr, flush };
}

/** The interactive prompt (no program on a terminal, or -i after the program). */
function interactive(inv: Invocation, sinks: ReturnType<typeof consoleSinks>): Promise<number> {
  const banner = inv.quiet || inv.program !== null ? null : BANNER(PYTHON_VERSION, `pypy-ts ${VERSION}`);
  return interact({ banner, flush: sinks.flush });
}

function run(inv: Invocation, jit: RunOptions["jit"]): number | Promise<number> {
  const sinks = consoleSinks(inv.unbuffered);
  if (inv.program === null) {
    if (!process.stdin.isTTY && !inv.inspect) inv.program = { kind: "stdin" };
    else {
      startSession({ argv: inv.argv, path0: "", stdout: sinks.stdout, stderr: sinks.stderr, ...(jit ? { jit } : {}) });
      return interactive(inv, sinks);
    }
  }
  if (inv.program.kind === "module") {
    if (inv.mode !== "run") throw new UsageError(`-m cannot be combined with --${inv.mode}`);
    const status = runModuleAsMain(inv.program.name, { argv: inv.argv, path0: process.cwd(), stdout: sinks.stdout, stderr: sinks.stderr, ...(jit ? { jit } : {}) }, "pypy-ts");
    sinks.flush();
    return status;
  }
  const { bytes, filename } = loadProgram(inv.program);
  const source = decodeSource(bytes, filename);
  if (inv.inspect && inv.mode === "run") {
    startSession({ argv: inv.argv, path0: mainPath0(filename), stdout: sinks.stdout, stderr: sinks.stderr, ...(jit ? { jit } : {}) }, filename);
    runInMain(source, filename, false);
    return interactive(inv, sinks);
  }
  const module = parseModule(source, filename);
  if (inv.mode === "ast" || inv.mode === "ast-attrs") {
    process.stdout.write(dumpAst(module, { includeAttributes: inv.mode === "ast-attrs" }) + "\n");
    return 0;
  }
  const code = compileModule(module, filename, source);
  if (inv.mode === "dis") {
    process.stdout.write(disassemble(code));
    return 0;
  }
  void code;
  const status = runProgram(bytes, filename, {
    argv: inv.argv,
    gcStats: inv.gcStats,
    ...(jit ? { jit } : {}),
    stdout: sinks.stdout,
    stderr: sinks.stderr,
  });
  sinks.flush();
  return status;
}

async function main(args: string[]): Promise<number> {
  let inv: Invocation | "help" | "version";
  try {
    inv = parseArgs(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`${e.message}\n${USAGE}\nTry \`pypy-ts -h' for more information.\n`);
    return 2;
  }
  if (inv === "help") {
    process.stdout.write(HELP);
    return 0;
  }
  if (inv === "version") {
    process.stdout.write(`Python ${PYTHON_VERSION} (pypy-ts ${VERSION})\n`);
    return 0;
  }
  try {
    const jit = inv.jitThreshold !== null && inv.mode === "run" ? await prepareJit(inv.jitThreshold) : undefined;
    return await run(inv, jit);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      process.stderr.write(formatSyntaxError(e));
      return 1;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`pypy-ts: ${e.message}\n`);
      return 2;
    }
    if (isStackOverflow(e) && !inv.debug) {
      // The JS stack ran out inside the frontend: CPython reports this as RecursionError.
      process.stderr.write("RecursionError: maximum recursion depth exceeded during compilation\n");
      return 1;
    }
    if (inv.debug) throw e;
    const what = e instanceof Error ? e.message : String(e);
    process.stderr.write(`pypy-ts: internal error: ${what}\n(run with --debug for the JavaScript stack trace)\n`);
    return 1;
  }
}

// Python programs recurse through the JS stack, so the command runs in a worker thread with a
// bigger stack (src/launcher.ts starts it, usually before this bundle is even loaded); the
// prompt stays on the main thread. PYPYTS_NO_WORKER=1 runs inline.

/** The prompt reads the terminal with line editing, which only the main thread can do. */
function wantsPrompt(args: string[]): boolean {
  try {
    const inv = parseArgs(args);
    return typeof inv === "object" && (inv.inspect || (inv.program === null && process.stdin.isTTY === true));
  } catch {
    return false;
  }
}

const ARGS = process.argv.slice(2);
/** The launcher's worker starter (src/launcher.ts); without a launcher the command runs inline. */
const runInWorker = (globalThis as { __pypytsRunInWorker?: () => void }).__pypytsRunInWorker;
if (isMainThread && process.env.PYPYTS_NO_WORKER !== "1" && runInWorker !== undefined && !wantsPrompt(ARGS)) {
  runInWorker();
} else {
  // no top-level await: the bundle is a CommonJS script (see src/launcher.ts)
  void main(ARGS).then((code) => {
    if (parentPort !== null) parentPort.postMessage(code);
    else process.exitCode = code;
  });
}
