/*
 * session.ts — an interpreter that stays up across several pieces of code: the interactive
 * prompt (each input runs in the same __main__), `-i` (the script, then the prompt) and
 * `-m module` (the module found on sys.path, run as __main__).
 *
 * Interactive inputs are compiled like CPython's 'single' mode: every expression statement at
 * the top level of an input shows its value through sys.displayhook (repr, None not shown,
 * builtins._ set). That is done on the AST: `expr` becomes `$displayhook(expr)`, a builtin whose
 * name no Python source can spell.
 */

import { collect, getRoot, setRoot } from "../gc/index.js";
import type * as A from "../frontend/ast-table.js";
import { compileModule } from "../frontend/compiler.js";
import { PySyntaxError, formatSyntaxError } from "../frontend/errors.js";
import { parseModule } from "../frontend/parser.js";
import { callObject, newFrame, runFrame } from "./call.js";
import { loadCode } from "./code.js";
import { E } from "./exceptions.js";
import { compileFile, findMainModule, initModuleDict, newMainModule } from "./import.js";
import { readBytes } from "./fs.js";
import { moduleDict, sysAttr } from "./modules.js";
import { dictGet, dictSet } from "./objects/dict.js";
import { listGet, listLen, newListFrom } from "./objects/list.js";
import { newStr } from "./objects/str.js";
import { output } from "./output.js";
import { type RunOptions, boot, checkOpnums, reportUncaught } from "./run.js";
import { startPythonJit, stopPythonJit } from "./jit.js";
import * as S from "./state.js";
import { formatException, sourceLines } from "./traceback.js";
import { isInstance, newBuiltin, registerBuiltin } from "./types.js";
import { flushAllStreams } from "./modules/index.js";
import { finalizeGenerators } from "./generators.js";

export interface SessionOptions {
  argv: readonly string[];
  /** sys.path[0] */
  path0: string;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  torture?: boolean;
  /** Run with the JIT (preloadJitBackend() awaited first), as RunOptions.jit. */
  jit?: RunOptions["jit"];
}

const DISPLAYHOOK = "$displayhook";
const DISPLAYHOOK_ID = registerBuiltin(DISPLAYHOOK, ([v]) => callObject(sysAttr("displayhook") || S.noneRef(), [v!], null));

/** Boots the interpreter and makes __main__ (its __file__ is `filename` unless a pseudo-name). */
export function startSession(opts: SessionOptions, filename = "<stdin>"): void {
  checkOpnums();
  if (opts.stdout) output.stdout = opts.stdout;
  if (opts.stderr) output.stderr = opts.stderr;
  boot(opts.argv, opts.path0, opts.torture);
  if (opts.jit) startPythonJit(opts.jit.artifact, opts.jit);
  dictSet(getRoot(S.ROOT_BUILTINS), newStr(DISPLAYHOOK), newBuiltin(DISPLAYHOOK_ID));
  newMainModule(filename);
}

function mainDict(): number {
  return moduleDict(dictGet(getRoot(S.ROOT_MODULES), newStr("__main__")));
}

/** Rewrites each top-level expression statement to show its value (CPython's 'single' mode). */
function displayExpressions(mod: A.Module): void {
  for (const st of mod.body) {
    if (st._type !== "Expr") continue;
    const loc = { lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset };
    const func = { _type: "Name", id: DISPLAYHOOK, ctx: "Load", ...loc } as unknown as A.Expr;
    st.value = { _type: "Call", func, args: [st.value], keywords: [], ...loc } as unknown as A.Expr;
  }
}

/** The outcome of running one piece of code: "ok", "error" (printed), or SystemExit's status. */
export type RunOutcome = "ok" | "error" | number;

/**
 * Compiles and runs `source` in __main__. Errors are printed as CPython prints them (the
 * interactive prompt goes on after them).
 */
export function runInMain(source: string, filename: string, interactive: boolean): RunOutcome {
  let co;
  try {
    const mod = parseModule(source, filename);
    if (interactive) displayExpressions(mod);
    co = compileModule(mod, filename, source);
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    output.stderr(formatSyntaxError(e));
    return "error";
  }
  sourceLines.set(filename, source.split(/\r\n|\r|\n/));
  loadCode(co);
  collect(false); // code objects never move
  const codes = getRoot(S.ROOT_CODES);
  const code = listGet(codes, listLen(codes) - 1);
  const globals = mainDict();
  return finish(runFrame(newFrame(code, globals, globals)));
}

/** After a run (r: its result, 0 with an exception pending): print what CPython prints. */
function finish(r: number): RunOutcome {
  if (r !== 0) return "ok";
  const exc = getRoot(S.ROOT_EXC);
  if (isInstance(exc, E.SystemExit)) return reportUncaught();
  setRoot(S.ROOT_EXC, 0);
  output.stderr(formatException(exc));
  return "error";
}

/** The process exit status for an outcome. */
export function exitStatus(o: RunOutcome): number {
  return o === "ok" ? 0 : o === "error" ? 1 : o;
}

/** Closes suspended generators and flushes open files at the end of a session (CPython does both at exit). */
export function endSession(): void {
  try {
    finalizeGenerators(mainDict());
  } finally {
    stopPythonJit();
  }
  flushAllStreams();
}

/**
 * `-m name`: finds the module (importing its parent packages), runs it as __main__ with
 * sys.argv[0] set to its file. Returns the exit status. A package runs its __main__ submodule.
 */
export function runModuleAsMain(name: string, opts: SessionOptions, programName: string): number {
  startSession(opts, "<run_module>");
  let outcome: RunOutcome;
  try {
    const found = findMainModule(name);
    if (typeof found === "string") {
      output.stderr(`${programName}: ${found}\n`);
      return 1;
    }
    const { file, pkg } = found;
    const items = [newStr(file), ...opts.argv.slice(1).map(newStr)];
    dictSet(moduleDict(dictGet(getRoot(S.ROOT_MODULES), newStr("sys"))), newStr("argv"), newListFrom(items));
    initModuleDict(mainDict(), "__main__", file, pkg, null);
    const code = compileFile(readBytes(file), file);
    outcome = finish(runFrame(newFrame(code, mainDict(), mainDict())));
  } catch (e) {
    if (e !== S.PENDING) throw e;
    outcome = finish(0);
  }
  endSession();
  return exitStatus(outcome);
}
