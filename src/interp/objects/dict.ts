/*
 * dict.ts — Python dict (and the storage of set/frozenset): insertion-ordered, open addressing.
 *
 * CPython's compact dict: `indices` is an I32Array of 2^k slots holding an entry number, EMPTY
 * (-1) or DUMMY (-2, a deleted slot that probing must pass over); the entries are three
 * parallel arrays in insertion order, `keys` and `values` (RefArrays) and `hashes` (I32Array).
 * A deleted entry has key 0. `used` counts live entries, `filled` entries ever appended since
 * the last resize. Iteration walks entries in order, skipping deleted ones; probing follows
 * CPython's recurrence (i = 5i + 1 + perturb, perturb >>= 5) over the 32-bit hash.
 *
 * Hashes here are the low 32 bits of Python's hash (hash(1) == hash(1.0) == hash(True), so equal
 * keys of different types meet). Key equality is identity first, then hash, then pyEq.
 * A set is the same structure with unused values.
 */

import { ARRAY_ITEMS, I32_ARRAY, REF_ARRAY, allocFixed, allocVar, loadI32, loadRef, storeI32, storeRef, varLength } from "../../gc/index.js";
import { DICT_FILLED, DICT_HASHES, DICT_INDICES, DICT_KEYS, DICT_USED, DICT_VALUES, L_DICT, L_STR } from "../layouts.js";
import { strEquals } from "./str.js";
import { hashOf, pyEq } from "../ops/compare.js";

const EMPTY = -1;
const DUMMY = -2;
const MIN_SIZE = 8;

export function newDict(layout: number = L_DICT): number {
  const d = allocFixed(layout);
  initStorage(d, MIN_SIZE);
  return d;
}

function initStorage(d: number, size: number): void {
  const idx = allocVar(I32_ARRAY, size);
  for (let i = 0; i < size; i++) storeI32(idx, ARRAY_ITEMS + 4 * i, EMPTY);
  const cap = (size * 2) / 3;
  storeRef(d, DICT_INDICES, idx);
  storeRef(d, DICT_KEYS, allocVar(REF_ARRAY, cap));
  storeRef(d, DICT_VALUES, allocVar(REF_ARRAY, cap));
  storeRef(d, DICT_HASHES, allocVar(I32_ARRAY, cap));
  storeI32(d, DICT_USED, 0);
  storeI32(d, DICT_FILLED, 0);
}

export function dictLen(d: number): number {
  return loadI32(d, DICT_USED);
}

/** The slot in `indices` that lookup() found: the key's, or the first free one. */
let foundSlot = 0;

/**
 * The entry holding key, or -1; sets foundSlot (its slot in `indices`, or the first free
 * slot). No allocation: this is every dict and set operation's inner loop.
 */
function lookup(d: number, key: number, h: number): number {
  const idx = loadRef(d, DICT_INDICES);
  const keys = loadRef(d, DICT_KEYS);
  const mask = varLength(idx) - 1;
  let perturb = h >>> 0;
  let i = perturb & mask;
  let freeSlot = -1;
  for (;;) {
    const e = loadI32(idx, ARRAY_ITEMS + 4 * i);
    if (e === EMPTY) {
      foundSlot = freeSlot >= 0 ? freeSlot : i;
      return -1;
    }
    if (e === DUMMY) {
      if (freeSlot < 0) freeSlot = i;
    } else {
      const k = loadRef(keys, ARRAY_ITEMS + 4 * e);
      if (k === key) {
        foundSlot = i;
        return e;
      }
      // both tagged ints (or both strs with different hashes) and not identical: not equal
      if (loadI32(loadRef(d, DICT_HASHES), ARRAY_ITEMS + 4 * e) === h && (k & key & 1) === 0 && keysEqual(k, key)) {
        // pyEq may have run Python code, but the dict is held by the caller; re-probe if it changed
        foundSlot = i;
        return e;
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
}

/** Key equality after identity and hash: str against str directly, anything else by ==. */
function keysEqual(k: number, key: number): boolean {
  if ((k & 1) === 0 && (key & 1) === 0 && (loadI32(k, 0) & 0xffff) === L_STR && (loadI32(key, 0) & 0xffff) === L_STR) return strEquals(k, key);
  return pyEq(k, key);
}

/** The value for key, or 0 when absent (an exception may then be pending if hashing failed). */
export function dictGet(d: number, key: number): number {
  const e = lookup(d, key, hashOf(key));
  return e < 0 ? 0 : loadRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * e);
}

export function dictContains(d: number, key: number): boolean {
  return lookup(d, key, hashOf(key)) >= 0;
}

export function dictSet(d: number, key: number, value: number): void {
  const h = hashOf(key);
  const e = lookup(d, key, h);
  if (e >= 0) {
    storeRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * e, value);
    return;
  }
  const slot = foundSlot;
  let filled = loadI32(d, DICT_FILLED);
  if (filled >= varLength(loadRef(d, DICT_KEYS))) {
    resize(d, loadI32(d, DICT_USED) * 3 + 1);
    dictSet(d, key, value);
    return;
  }
  storeI32(loadRef(d, DICT_INDICES), ARRAY_ITEMS + 4 * slot, filled);
  storeRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * filled, key);
  storeRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * filled, value);
  storeI32(loadRef(d, DICT_HASHES), ARRAY_ITEMS + 4 * filled, h);
  storeI32(d, DICT_FILLED, ++filled);
  storeI32(d, DICT_USED, loadI32(d, DICT_USED) + 1);
}

/** Deletes key; returns the old value or 0 if absent. */
export function dictDelete(d: number, key: number): number {
  const e = lookup(d, key, hashOf(key));
  if (e < 0) return 0;
  const slot = foundSlot;
  const vals = loadRef(d, DICT_VALUES);
  const old = loadRef(vals, ARRAY_ITEMS + 4 * e);
  storeI32(loadRef(d, DICT_INDICES), ARRAY_ITEMS + 4 * slot, DUMMY);
  storeRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * e, 0);
  storeRef(vals, ARRAY_ITEMS + 4 * e, 0);
  storeI32(d, DICT_USED, loadI32(d, DICT_USED) - 1);
  return old;
}

function resize(d: number, minUsed: number): void {
  let size = MIN_SIZE;
  while ((size * 2) / 3 < minUsed) size *= 2;
  const keys = entries(d);
  initStorage(d, size);
  for (const [k, v] of keys) dictSet(d, k, v);
}

export function dictClear(d: number): void {
  initStorage(d, MIN_SIZE);
}

/** Live entries in insertion order, for one residual call. */
export function entries(d: number): [number, number][] {
  const out: [number, number][] = [];
  const keys = loadRef(d, DICT_KEYS);
  const vals = loadRef(d, DICT_VALUES);
  const n = loadI32(d, DICT_FILLED);
  for (let i = 0; i < n; i++) {
    const k = loadRef(keys, ARRAY_ITEMS + 4 * i);
    if (k !== 0) out.push([k, loadRef(vals, ARRAY_ITEMS + 4 * i)]);
  }
  return out;
}

/** Entry i (0 <= i < filled) key, 0 if deleted: for iterators that walk by position. */
export function dictEntryKey(d: number, i: number): number {
  return loadRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * i);
}
export function dictEntryValue(d: number, i: number): number {
  return loadRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * i);
}
export function dictFilled(d: number): number {
  return loadI32(d, DICT_FILLED);
}

export function dictCopy(d: number, layout: number = L_DICT): number {
  const r = newDict(layout);
  for (const [k, v] of entries(d)) dictSet(r, k, v);
  return r;
}
