/*
 * run.ts — running a program: boot a heap, load the module's code, run it, report.
 *
 * Boot order: a fresh heap, the interpreter's root slots, the singletons, the type objects,
 * the builtins and sys/math modules; then one major collection promotes all of it to the old
 * space (type objects and code objects must never move: JS caches and JIT traces hold their
 * addresses). The program's code objects are loaded and promoted the same way before the
 * module frame runs. An uncaught exception prints CPython's traceback and gives exit code 1;
 * SystemExit gives its code.
 */

import { allocFixed, allocVar, collect, getHandle, getRoot, popHandles, pushHandle, initHeap, initRef, loadRef, pinViews, setRoot, storeI32, formatGcStats } from "../gc/index.js";
import { REF_ARRAY } from "../gc/index.js";
import { compileModule } from "../frontend/compiler.js";
import { parseModule } from "../frontend/parser.js";
import { decodeSource } from "../frontend/source.js";
import { OPCODE_TABLE } from "../frontend/opcodes.js";
import * as OPN from "./opnums.js";
import { BUILTIN_FUNCTION_IDS, BUILTIN_TYPES } from "./builtins.js";
import { newFrame, recursion, runFrame } from "./call.js";
import { loadCode, resetCodeInfos } from "./code.js";
import { E, EXC, excFirstArg } from "./exceptions.js";
import * as L from "./layouts.js";
import { bootModules } from "./modules.js";
import { flushAllStreams, initSys, resetStreams } from "./modules/index.js";
import "./stdlib/registry.js";
import { newMainModule, resetImports, mainPath0 } from "./import.js";
import { bootGenerators, finalizeGenerators } from "./generators.js";
import { dictSet, newDict } from "./objects/dict.js";
import { internJs } from "./objects/intern.js";
import { intValue, isIntLike } from "./objects/int.js";
import { listGet, listLen, newList } from "./objects/list.js";
import { strJs } from "./ops/format.js";
import { output } from "./output.js";
import * as S from "./state.js";
import { formatException, sourceLines } from "./traceback.js";
import { bootTypes, cacheTypeRefs, isInstance, newBuiltin } from "./types.js";
import "./typetable.js";
import type { Artifact } from "../tracer/jitcode.js";
import type { JitLog } from "../tracer/jitlog.js";
import { startPythonJit, stopPythonJit } from "./jit.js";
import "./setmethods.js";
import "./strmethods.js";
import "./descrsub.js";
import "./numbermethods.js";
import "./bytesmethods.js";
import "./dictmethods.js";
import "./objectmethods.js";

export interface RunOptions {
  argv: readonly string[];
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  torture?: boolean;
  gcStats?: boolean;
  /** Run with the JIT: the codewriter's artifact and a threshold (preloadJitBackend() awaited first). */
  jit?: { artifact: Artifact; threshold: number; log?: JitLog };
}

/** The opcode numbers in opnums.ts must be the table's row indexes. */
export function checkOpnums(): void {
  const nums = OPN as unknown as Record<string, number>;
  OPCODE_TABLE.forEach((r, i) => {
    if (r.name in nums && nums[r.name] !== i) throw new Error(`interp: opnums.ts is stale (${r.name})`);
  });
}

/** A fresh interpreter: heap, types, builtins, sys (argv, sys.path[0] = path0). */
export function boot(argv: readonly string[], path0: string, torture: boolean | undefined): void {
  resetCodeInfos();
  recursion.depth = 0;
  recursion.limit = 1000;
  resetImports();
  resetStreams();
  // Objects up to 256 KiB start in the nursery: a str or list that is rebuilt in a loop
  // (s += x, xs = xs + [y]) then dies young instead of filling the old space and costing
  // a major collection every few megabytes; one that survives is copied once.
  initHeap({ largeObjectBytes: 256 * 1024, ...(torture === undefined ? {} : { torture }) });
  pinViews(); // the eval loop keeps the views in locals (scripts/lib/local-views.mjs)
  S.claimRootSlots();
  const single = (layout: number, slot: number, value = 0) => {
    const o = allocFixed(layout);
    storeI32(o, 4, value);
    setRoot(slot, o);
  };
  single(L.L_NONE, S.ROOT_NONE);
  single(L.L_BOOL, S.ROOT_TRUE, 1);
  single(L.L_BOOL, S.ROOT_FALSE, 0);
  single(L.L_NOTIMPL, S.ROOT_NOTIMPL);
  single(L.L_ELLIPSIS, S.ROOT_ELLIPSIS);
  setRoot(S.ROOT_EMPTY_TUPLE, allocVar(L.L_TUPLE, 0));
  setRoot(S.ROOT_CODES, newList());
  setRoot(S.ROOT_MODULES, newDict());
  setRoot(S.ROOT_INTERNED, newDict());
  bootTypes();
  collect(true);
  cacheTypeRefs();
  const b = newDict();
  setRoot(S.ROOT_BUILTINS, b);
  for (const [name, id] of BUILTIN_FUNCTION_IDS) dictSet(getRoot(S.ROOT_BUILTINS), internJs(name), newBuiltin(id));
  for (const t of BUILTIN_TYPES) dictSet(getRoot(S.ROOT_BUILTINS), internJs(t.name), t.ref);
  for (const t of Object.values(EXC)) dictSet(getRoot(S.ROOT_BUILTINS), internJs(t.name), t.ref); // every builtin exception, not only the ones TS raises
  for (const alias of ["IOError", "EnvironmentError"]) dictSet(getRoot(S.ROOT_BUILTINS), internJs(alias), EXC.OSError!.ref);
  dictSet(getRoot(S.ROOT_BUILTINS), internJs("None"), getRoot(S.ROOT_NONE));
  dictSet(getRoot(S.ROOT_BUILTINS), internJs("NotImplemented"), getRoot(S.ROOT_NOTIMPL));
  dictSet(getRoot(S.ROOT_BUILTINS), internJs("Ellipsis"), getRoot(S.ROOT_ELLIPSIS));
  bootModules((sys) => initSys(sys, { argv, path0 }));
  bootGenerators();
  void REF_ARRAY;
  void initRef;
}

/** Runs a program; returns the exit code. Output goes to the given sinks (default: process). */
export function runProgram(bytes: Uint8Array, filename: string, opts: RunOptions): number {
  checkOpnums();
  if (opts.stdout) output.stdout = opts.stdout;
  if (opts.stderr) output.stderr = opts.stderr;
  const source = decodeSource(bytes, filename);
  const module = parseModule(source, filename);
  const co = compileModule(module, filename, source);
  sourceLines.set(filename, source.split(/\r\n|\r|\n/));
  boot(opts.argv, mainPath0(filename), opts.torture);
  if (opts.jit) startPythonJit(opts.jit.artifact, opts.jit);
  loadCode(co);
  collect(false); // promote the code objects: they must never move
  const codes = getRoot(S.ROOT_CODES);
  // loadCode() registers a code object after its nested ones (constants are built first), so
  // the module's code is the last one in ROOT_CODES; its address is re-read after the move.
  const code = listGet(codes, listLen(codes) - 1);
  const globals = newMainModule(filename);
  const hGlobals = pushHandle(globals);
  const frame = newFrame(code, globals, globals);
  let exit = 0;
  try {
    const r = runFrame(frame);
    if (r === 0) exit = reportUncaught();
    finalizeGenerators(getHandle(hGlobals)); // CPython closes suspended generators at shutdown
  } finally {
    stopPythonJit();
    popHandles(hGlobals);
  }
  flushAllStreams();
  if (opts.gcStats) output.stderr(formatGcStats() + "\n");
  void loadRef;
  return exit;
}

/** Prints the pending exception as CPython does at exit (SystemExit: its message); the exit code. */
export function reportUncaught(): number {
  const exc = getRoot(S.ROOT_EXC);
  setRoot(S.ROOT_EXC, 0);
  if (isInstance(exc, E.SystemExit)) {
    const code = excFirstArg(exc);
    if (code === 0 || code === getRoot(S.ROOT_NONE)) return 0;
    if (isIntLike(code)) return Number(intValue(code)) & 0xff;
    output.stderr(strJs(code) + "\n");
    return 1;
  }
  output.stderr(formatException(exc));
  return 1;
}
