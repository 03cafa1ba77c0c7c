/*
 * tuple.ts — Python tuple: a var-sized object with its items inline (one load per item).
 * The empty tuple is a singleton (ROOT_EMPTY_TUPLE), as in CPython.
 */

import { allocVar, getRoot, initRef, loadRef, varLength } from "../../gc/index.js";
import { L_TUPLE, TUPLE_ITEMS } from "../layouts.js";
import { ROOT_EMPTY_TUPLE } from "../state.js";

/** A tuple of the given items (allocation never collects, so the refs stay valid). */
export function newTuple(items: readonly number[]): number {
  if (items.length === 0) {
    const e = getRoot(ROOT_EMPTY_TUPLE);
    if (e !== 0) return e;
  }
  const t = allocVar(L_TUPLE, items.length);
  for (let i = 0; i < items.length; i++) initRef(t, TUPLE_ITEMS + 4 * i, items[i]!);
  return t;
}

export function tupleLen(t: number): number {
  return varLength(t);
}

export function tupleGet(t: number, i: number): number {
  return loadRef(t, TUPLE_ITEMS + 4 * i);
}

export function tupleItems(t: number): number[] {
  const n = varLength(t);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = loadRef(t, TUPLE_ITEMS + 4 * i);
  return out;
}
