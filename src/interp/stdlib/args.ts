/*
 * args.ts — argument conversion and arity checks shared by the native stdlib modules, with
 * CPython's messages (PyFloat_AsDouble, PyNumber_Index, the METH_O / _PyArg_CheckPositional
 * wording).
 */

import { getHandle, handleMark, isTaggedInt, popHandles, pushHandle, untagInt } from "../../gc/index.js";
import { listGet, listLen, newListFrom } from "../objects/list.js";
import { iterToArray } from "../ops/iter.js";
import { E, raise } from "../exceptions.js";
import { L_BOOL, L_FLOAT, L_INT, L_LONG } from "../layouts.js";
import { floatValue } from "../objects/float.js";
import { intValue, intValueBig, layoutOf } from "../objects/int.js";
import { callDunder, userMethod } from "../classes.js";
import { typeName, type KwArgs } from "../types.js";

export function isIntArg(w: number): boolean {
  if (isTaggedInt(w)) return true;
  const l = layoutOf(w);
  return l === L_INT || l === L_LONG || l === L_BOOL;
}

export function isFloatArg(w: number): boolean {
  return !isTaggedInt(w) && layoutOf(w) === L_FLOAT;
}

/** A real number as a double (int, bool, float, or an object with __float__/__index__). */
export function toDouble(w: number): number {
  if (isTaggedInt(w)) return untagInt(w);
  const l = layoutOf(w);
  if (l === L_FLOAT) return floatValue(w);
  if (l === L_INT || l === L_LONG || l === L_BOOL) {
    const v = intValue(w);
    const x = Number(v);
    if (!Number.isFinite(x)) raise(E.OverflowError, "int too large to convert to float");
    return x;
  }
  if (userMethod(w, "__float__") !== 0) {
    const r = callDunder(w, "__float__", []);
    if (r === 0) throw new Error("unreachable"); // callFunction threw on error
    if (!isFloatArg(r)) raise(E.TypeError, `${typeName(w)}.__float__ returned non-float (type ${typeName(r)})`);
    return floatValue(r);
  }
  if (userMethod(w, "__index__") !== 0) return Number(toBigIndex(w));
  return raise(E.TypeError, `must be real number, not ${typeName(w)}`);
}

/** An integer argument (PyNumber_Index): ints and bools, or an object with __index__. */
export function toBigIndex(w: number): bigint {
  if (isIntArg(w)) return intValueBig(w);
  if (userMethod(w, "__index__") !== 0) {
    const r = callDunder(w, "__index__", []);
    if (!isIntArg(r)) raise(E.TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    return intValueBig(r);
  }
  return raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
}

export function toIndexNumber(w: number): number {
  return Number(toBigIndex(w));
}

export function noKeywords(name: string, kw: KwArgs | null): void {
  if (kw !== null && kw.size > 0) raise(E.TypeError, `${name}() takes no keyword arguments`);
}

/** METH_O: `module.name() takes exactly one argument (N given)`. */
export function oneArg(qualname: string, args: number[], kw: KwArgs | null): number {
  noKeywords(qualname, kw);
  if (args.length !== 1) raise(E.TypeError, `${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0]!;
}

/** _PyArg_CheckPositional: `name expected [at least |at most ]N argument(s), got M`. */
export function positional(name: string, args: number[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  const n = args.length < min ? min : max;
  const bound = min === max ? "" : args.length < min ? "at least " : "at most ";
  raise(E.TypeError, `${name} expected ${bound}${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
}

/**
 * Visits the items of any iterable. Visiting may run Python code (and collect), so the items
 * stay in a rooted list and each is re-read when its turn comes.
 */
export function eachItem(iterable: number, visit: (item: number, index: number) => void): number {
  const mark = handleMark();
  try {
    const h = pushHandle(newListFrom(iterToArray(iterable)));
    const n = listLen(getHandle(h));
    for (let i = 0; i < n; i++) visit(listGet(getHandle(h), i), i);
    return n;
  } finally {
    popHandles(mark);
  }
}
