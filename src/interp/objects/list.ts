/*
 * list.ts — Python list with storage strategies (PyPy's listobject.py idea, DESIGN.md decision 8).
 *
 * A list is a small fixed object {storage, length, strategy}; the storage is a generic src/gc
 * array whose element kind is the strategy:
 *
 *   EMPTY   no storage yet (the first append picks the strategy)
 *   INT     I32Array of raw machine ints: every item is an int in the i32 range
 *   FLOAT   F64Array of raw doubles: every item is a float
 *   OBJECT  RefArray of references: anything
 *
 * `[i*i for i in range(n)]` is therefore a packed i32 array (4 bytes per item, no boxes), and a
 * trace reads an item with one load and no unboxing. Storing an item the strategy cannot hold
 * (a str into an INT list, an int beyond i32) switches the list to OBJECT once, boxing every
 * item: transparent to Python code. Items are boxed on the way out (tagged ints cost nothing).
 * Capacity grows by about 1/8 plus a little, as CPython's list_resize does.
 */

import { ARRAY_ITEMS, F64_ARRAY, I32_ARRAY, REF_ARRAY, allocFixed, allocVar, isTaggedInt, loadF64, loadI32, loadRef, storeF64, storeI32, storeRef, tryGrowVarInPlace, untagInt, varLength } from "../../gc/index.js";
import { FLOAT_VALUE, INT_VALUE, L_FLOAT, L_INT, L_LIST, LIST_LENGTH, LIST_STORAGE, LIST_STRATEGY, S_EMPTY, S_FLOAT, S_INT, S_OBJECT } from "../layouts.js";
import { newFloat } from "./float.js";
import { layoutOf, newInt } from "./int.js";

export { S_EMPTY, S_INT, S_FLOAT, S_OBJECT };

export function newList(): number {
  return allocFixed(L_LIST);
}

export function listLen(l: number): number {
  return loadI32(l, LIST_LENGTH);
}

export function listStrategy(l: number): number {
  return loadI32(l, LIST_STRATEGY);
}

/** The i32 an item would have in an INT list, or NaN when it cannot be stored raw. */
function rawInt(v: number): number {
  if (isTaggedInt(v)) return untagInt(v);
  if (v !== 0 && layoutOf(v) === L_INT) {
    const x = loadF64(v, INT_VALUE);
    if (x >= -2147483648 && x <= 2147483647) return x;
  }
  return NaN;
}

function isFloat(v: number): boolean {
  return v !== 0 && !isTaggedInt(v) && layoutOf(v) === L_FLOAT;
}

/** The strategy a first item asks for. */
function strategyFor(v: number): number {
  if (!Number.isNaN(rawInt(v))) return S_INT;
  if (isFloat(v)) return S_FLOAT;
  return S_OBJECT;
}

function arrayLayout(strategy: number): number {
  return strategy === S_INT ? I32_ARRAY : strategy === S_FLOAT ? F64_ARRAY : REF_ARRAY;
}

export function listGet(l: number, i: number): number {
  const st = loadRef(l, LIST_STORAGE);
  switch (loadI32(l, LIST_STRATEGY)) {
    case S_INT:
      return newInt(loadI32(st, ARRAY_ITEMS + 4 * i));
    case S_FLOAT:
      return newFloat(loadF64(st, ARRAY_ITEMS + 8 * i));
    default:
      return loadRef(st, ARRAY_ITEMS + 4 * i);
  }
}

/** Switch to OBJECT, boxing every item. */
function generalize(l: number): void {
  const n = listLen(l);
  const old = loadRef(l, LIST_STORAGE);
  const cap = old === 0 ? 4 : varLength(old);
  const st = allocVar(REF_ARRAY, cap);
  for (let i = 0; i < n; i++) storeRef(st, ARRAY_ITEMS + 4 * i, listGet(l, i));
  storeRef(l, LIST_STORAGE, st);
  storeI32(l, LIST_STRATEGY, S_OBJECT);
}

/** Makes sure item v can be stored raw; switches strategy if not. */
function accept(l: number, v: number): void {
  const s = loadI32(l, LIST_STRATEGY);
  if (s === S_OBJECT) return;
  if (s === S_EMPTY) {
    const want = strategyFor(v);
    const old = loadRef(l, LIST_STORAGE);
    const cap = old === 0 ? 4 : varLength(old);
    storeRef(l, LIST_STORAGE, allocVar(arrayLayout(want), cap));
    storeI32(l, LIST_STRATEGY, want);
    return;
  }
  if (s === S_INT && !Number.isNaN(rawInt(v))) return;
  if (s === S_FLOAT && isFloat(v)) return;
  generalize(l);
}

function storeItem(l: number, i: number, v: number): void {
  const st = loadRef(l, LIST_STORAGE);
  switch (loadI32(l, LIST_STRATEGY)) {
    case S_INT:
      storeI32(st, ARRAY_ITEMS + 4 * i, rawInt(v));
      return;
    case S_FLOAT:
      storeF64(st, ARRAY_ITEMS + 8 * i, loadF64(v, FLOAT_VALUE));
      return;
    default:
      storeRef(st, ARRAY_ITEMS + 4 * i, v);
  }
}

export function listSet(l: number, i: number, v: number): void {
  accept(l, v);
  storeItem(l, i, v);
}

/** Capacity at least n (CPython's growth pattern). */
export function listReserve(l: number, n: number): void {
  const st = loadRef(l, LIST_STORAGE);
  const cap = st === 0 ? 0 : varLength(st);
  if (n <= cap) return;
  const newCap = (n + (n >> 3) + 6) & ~3;
  const s = loadI32(l, LIST_STRATEGY);
  // a big int/float array that was the old space's last allocation just gets longer
  if (st !== 0 && (s === S_INT || s === S_FLOAT) && tryGrowVarInPlace(st, newCap)) return;
  const layout = arrayLayout(s === S_EMPTY ? S_OBJECT : s);
  const ns = allocVar(layout, newCap);
  const len = listLen(l);
  if (st !== 0 && s !== S_EMPTY) {
    if (s === S_FLOAT) for (let i = 0; i < len; i++) storeF64(ns, ARRAY_ITEMS + 8 * i, loadF64(st, ARRAY_ITEMS + 8 * i));
    else if (s === S_INT) for (let i = 0; i < len; i++) storeI32(ns, ARRAY_ITEMS + 4 * i, loadI32(st, ARRAY_ITEMS + 4 * i));
    else for (let i = 0; i < len; i++) storeRef(ns, ARRAY_ITEMS + 4 * i, loadRef(st, ARRAY_ITEMS + 4 * i));
  }
  if (s === S_EMPTY) {
    // keep EMPTY: accept() picks the strategy (and its array) at the first item
    storeRef(l, LIST_STORAGE, 0);
    return;
  }
  storeRef(l, LIST_STORAGE, ns);
}

export function listAppend(l: number, v: number): void {
  accept(l, v);
  const n = listLen(l);
  listReserve(l, n + 1);
  storeItem(l, n, v);
  storeI32(l, LIST_LENGTH, n + 1);
}

export function newListFrom(items: readonly number[]): number {
  const l = newList();
  for (const v of items) listAppend(l, v);
  return l;
}

/** The items as references (boxing as needed), for one residual call. */
export function listItems(l: number): number[] {
  const n = listLen(l);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = listGet(l, i);
  return out;
}

/** Replace the whole contents (sort, slice assignment, del): items are re-appended. */
export function listReplace(l: number, items: readonly number[]): void {
  storeI32(l, LIST_LENGTH, 0);
  storeI32(l, LIST_STRATEGY, S_EMPTY);
  storeRef(l, LIST_STORAGE, 0);
  for (const v of items) listAppend(l, v);
}

/** Move count items from index `from` to index `to` in place (overlapping ranges are fine). */
function moveItems(l: number, from: number, to: number, count: number): void {
  if (count <= 0 || from === to) return;
  const st = loadRef(l, LIST_STORAGE);
  const s = loadI32(l, LIST_STRATEGY);
  const down = to < from; // copy forwards when moving towards the start, else backwards
  for (let k = 0; k < count; k++) {
    const j = down ? k : count - 1 - k;
    if (s === S_FLOAT) storeF64(st, ARRAY_ITEMS + 8 * (to + j), loadF64(st, ARRAY_ITEMS + 8 * (from + j)));
    else if (s === S_INT) storeI32(st, ARRAY_ITEMS + 4 * (to + j), loadI32(st, ARRAY_ITEMS + 4 * (from + j)));
    else storeRef(st, ARRAY_ITEMS + 4 * (to + j), loadRef(st, ARRAY_ITEMS + 4 * (from + j)));
  }
}

/** Remove and return item i: the items after it move down one place (O(n - i), no copy of the list). */
export function listPop(l: number, i: number): number {
  const v = listGet(l, i);
  const n = listLen(l);
  moveItems(l, i + 1, i, n - i - 1);
  // the slot past the end holds no reference, so the collector does not keep its object alive
  if (loadI32(l, LIST_STRATEGY) === S_OBJECT) storeRef(loadRef(l, LIST_STORAGE), ARRAY_ITEMS + 4 * (n - 1), 0);
  storeI32(l, LIST_LENGTH, n - 1);
  return v;
}

/** Insert v before index i (0 <= i <= len): the items from i on move up one place. */
export function listInsert(l: number, i: number, v: number): void {
  accept(l, v);
  const n = listLen(l);
  listReserve(l, n + 1);
  moveItems(l, i, i + 1, n - i);
  storeItem(l, i, v);
  storeI32(l, LIST_LENGTH, n + 1);
}

/** `[v] * n` and friends: a list of n copies of v, in the strategy v asks for. */
export function newListRepeat(items: readonly number[], times: number): number {
  const l = newList();
  if (items.length === 0 || times <= 0) return l;
  for (const v of items) accept(l, v);
  const total = items.length * times;
  listReserve(l, total);
  for (let t = 0, k = 0; t < times; t++) for (const v of items) listSet(l, k++, v);
  storeI32(l, LIST_LENGTH, total);
  return l;
}
