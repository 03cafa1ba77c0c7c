/*
 * exc-attrs.ts — the attributes of exception instances (args, __cause__, __context__,
 * __suppress_context__, __traceback__, StopIteration.value, SystemExit.code), traceback
 * objects (tb_next, tb_lineno, tb_lasti) and BaseException's methods (with_traceback).
 *
 * An exception keeps its traceback as a RefArray of tagged (code id, pc) pairs, innermost
 * first (traceback.ts appends as the exception leaves each frame). A traceback object is a
 * view of that array at a depth counted from the outermost entry, so `tb_next` is the same
 * array one deeper, as CPython's linked tb objects read.
 */

import { ARRAY_ITEMS, REF_ARRAY, allocFixed, allocVar, getRoot, initRef, isTaggedInt, loadI32, loadRef, storeI32, storeRef, varLength } from "../gc/index.js";
import { codeInfos } from "./code.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { layoutOf, newInt } from "./objects/int.js";
import { newTuple, tupleGet, tupleLen } from "./objects/tuple.js";
import { ROOT_FALSE, ROOT_NONE, ROOT_TRUE, topmostHandled } from "./state.js";
import { addMethods, isInstance, typeOf } from "./types.js";
import { iterToArray } from "./ops/iter.js";
import { truthy } from "./ops/compare.js";

const none = () => getRoot(ROOT_NONE);

function isException(v: number): boolean {
  return !isTaggedInt(v) && v !== 0 && layoutOf(v) === L.L_EXCEPTION;
}

function isTraceback(v: number): boolean {
  return !isTaggedInt(v) && v !== 0 && layoutOf(v) === L.L_TRACEBACK;
}

/** exc.__traceback__: a traceback object or None. */
export function tracebackOf(exc: number): number {
  const entries = loadRef(exc, L.EXC_TRACEBACK);
  if (entries === 0) return none();
  return newTracebackView(entries, 0);
}

function newTracebackView(entries: number, depth: number): number {
  const tb = allocFixed(L.L_TRACEBACK);
  initRef(tb, L.TB_ENTRIES, entries);
  storeI32(tb, L.TB_DEPTH, depth);
  return tb;
}

/** (code id, pc) of a traceback object's own entry. */
function tbEntry(tb: number): [number, number] {
  const entries = loadRef(tb, L.TB_ENTRIES);
  const i = varLength(entries) / 2 - 1 - loadI32(tb, L.TB_DEPTH);
  return [loadRef(entries, ARRAY_ITEMS + 8 * i) >> 1, loadRef(entries, ARRAY_ITEMS + 8 * i + 4) >> 1];
}

/** The entries a traceback object stands for (itself and its tb_next chain), innermost first. */
function tbEntries(tb: number): number {
  const entries = loadRef(tb, L.TB_ENTRIES);
  const n = varLength(entries) - 2 * loadI32(tb, L.TB_DEPTH);
  const arr = allocVar(REF_ARRAY, n);
  const src = loadRef(tb, L.TB_ENTRIES);
  for (let i = 0; i < n; i++) initRef(arr, ARRAY_ITEMS + 4 * i, loadRef(src, ARRAY_ITEMS + 4 * i));
  return arr;
}

/** An attribute of a traceback object, or 0. */
export function tracebackGetAttr(tb: number, name: string): number {
  switch (name) {
    case "tb_next": {
      const entries = loadRef(tb, L.TB_ENTRIES);
      const depth = loadI32(tb, L.TB_DEPTH) + 1;
      return depth >= varLength(entries) / 2 ? none() : newTracebackView(entries, depth);
    }
    case "tb_lineno": {
      const [id, pc] = tbEntry(tb);
      return newInt(codeInfos[id]!.lineOf(pc));
    }
    case "tb_lasti":
      return newInt(2 * tbEntry(tb)[1]);
  }
  return 0;
}

/** An attribute of an exception instance that is not in its dict, or 0. */
export function excGetAttr(exc: number, name: string): number {
  switch (name) {
    case "args":
      return loadRef(exc, L.EXC_ARGS);
    case "__traceback__":
      return tracebackOf(exc);
    case "__cause__":
    case "__context__":
      return loadRef(exc, name === "__cause__" ? L.EXC_CAUSE : L.EXC_CONTEXT) || none();
    case "__suppress_context__":
      return getRoot(loadI32(exc, L.EXC_SUPPRESS_CONTEXT) !== 0 ? ROOT_TRUE : ROOT_FALSE);
    case "value":
      if (isInstance(exc, E.StopIteration)) return firstArgOrNone(exc);
      break;
    case "code":
      if (isInstance(exc, E.SystemExit)) return firstArgOrNone(exc);
      break;
  }
  return 0;
}

/** StopIteration.value / SystemExit.code: the first argument, or None without arguments. */
function firstArgOrNone(exc: number): number {
  const v = loadRef(exc, L.EXC_VALUE);
  if (v !== 0) return v;
  const args = loadRef(exc, L.EXC_ARGS);
  return tupleLen(args) > 0 ? tupleGet(args, 0) : none();
}

/** Sets (v != 0) one of the attributes excGetAttr knows; false for any other name. */
export function excSetAttr(exc: number, name: string, v: number): boolean {
  if (v === 0 && (name === "args" || name.startsWith("__"))) {
    if (name === "args" || name === "__traceback__" || name === "__cause__" || name === "__context__" || name === "__suppress_context__") raise(E.TypeError, `${name} may not be deleted`);
  }
  switch (name) {
    case "args":
      storeRef(exc, L.EXC_ARGS, newTuple(iterToArray(v)));
      return true;
    case "__traceback__":
      if (v === none()) storeRef(exc, L.EXC_TRACEBACK, 0);
      else if (isTraceback(v)) storeRef(exc, L.EXC_TRACEBACK, tbEntries(v));
      else raise(E.TypeError, "__traceback__ must be a traceback or None");
      return true;
    case "__cause__":
      if (v !== none() && !isException(v)) raise(E.TypeError, "exception cause must be None or derive from BaseException");
      storeRef(exc, L.EXC_CAUSE, v === none() ? 0 : v);
      storeI32(exc, L.EXC_SUPPRESS_CONTEXT, 1);
      return true;
    case "__context__":
      if (v !== none() && !isException(v)) raise(E.TypeError, "exception context must be None or derive from BaseException");
      storeRef(exc, L.EXC_CONTEXT, v === none() ? 0 : v);
      return true;
    case "__suppress_context__":
      storeI32(exc, L.EXC_SUPPRESS_CONTEXT, truthy(v) ? 1 : 0);
      return true;
    case "value":
      if (!isInstance(exc, E.StopIteration)) return false;
      storeRef(exc, L.EXC_VALUE, v);
      return true;
    case "code":
      if (!isInstance(exc, E.SystemExit)) return false;
      storeRef(exc, L.EXC_VALUE, v);
      return true;
  }
  return false;
}

/** sys.exc_info(): (type, value, traceback) of the exception being handled, or three Nones. */
export function sysExcInfo(): number {
  const exc = topmostHandled();
  if (exc === 0) return newTuple([none(), none(), none()]);
  const tb = tracebackOf(exc);
  return newTuple([typeOf(exc).ref, topmostHandled(), tb]);
}

addMethods(E.BaseException, {
  with_traceback: ([self, tb]) => {
    excSetAttr(self!, "__traceback__", tb!);
    return self!;
  },
});


