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
 *
 * `version` changes whenever the set of keys may have grown (a new entry, a resize, a clear),
 * never when only a value changes; it comes from one counter for all dicts, so no two dict
 * states share a version, even a freed dict's and a new one's at the same address. The global
 * name cache (ops/global-cache.ts) relies on it: "name is still not in globals" holds while
 * the globals' version is unchanged.
 */

import { ARRAY_ITEMS, I32_ARRAY, REF_ARRAY, allocFixed, allocVar, getHandle, isTaggedInt, loadI32, loadRef, popHandles, pushHandle, storeF64, storeI32, storeRef, varLength } from "../../gc/index.js";
import { DICT_FILLED, DICT_FLAGS, DICT_VERSION, DICT_HASHES, DICT_HAS_USER_KEYS, DICT_INDICES, DICT_KEYS, DICT_USED, DICT_VALUES, L_DICT, L_EXCEPTION, L_INSTANCE, L_STR, L_TYPE } from "../layouts.js";
import { strEquals } from "./str.js";
import { hashOf, pyEq } from "../ops/compare.js";
import { isUserObject } from "../classes.js";
import { layoutOf } from "./int.js";

const EMPTY = -1;
const DUMMY = -2;
const MIN_SIZE = 8;

/** The last version handed out (an f64 counter: exact far past any program's number of inserts). */
let lastVersion = 0;
function newVersion(d: number): void {
  storeF64(d, DICT_VERSION, ++lastVersion);
}

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
  newVersion(d);
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

/**
 * Keys whose __hash__ / __eq__ may be Python code (instances of user classes). Such code may
 * collect, so operations involving them keep the dict, key and value in handles and re-read
 * them (rootedOp); a dict remembers (DICT_FLAGS) that it holds such a key, because an ordinary
 * key may then be compared with it.
 */
function isUserKey(w: number): boolean {
  if (isTaggedInt(w)) return false;
  const l = layoutOf(w);
  return (l === L_INSTANCE || l === L_EXCEPTION || l === L_TYPE) && isUserObject(w);
}

function needsRooting(d: number, key: number): boolean {
  return (loadI32(d, DICT_FLAGS) & DICT_HAS_USER_KEYS) !== 0 || isUserKey(key);
}

const OP_GET = 0;
const OP_SET = 1;
const OP_DELETE = 2;
const OP_CONTAINS = 3;

/** dictGet / dictSet / dictDelete / dictContains with the operands rooted across user code. */
function rootedOp(op: number, d0: number, key0: number, value0: number): number {
  const mark = pushHandle(d0);
  pushHandle(key0);
  pushHandle(value0);
  try {
    const h = hashOf(key0);
    const d = () => getHandle(mark);
    const key = () => getHandle(mark + 1);
    let slot = -1;
    let entry = -1;
    const mask = varLength(loadRef(d(), DICT_INDICES)) - 1;
    let perturb = h >>> 0;
    let i = perturb & mask;
    let freeSlot = -1;
    for (;;) {
      const e = loadI32(loadRef(d(), DICT_INDICES), ARRAY_ITEMS + 4 * i);
      if (e === EMPTY) {
        slot = freeSlot >= 0 ? freeSlot : i;
        break;
      }
      if (e === DUMMY) {
        if (freeSlot < 0) freeSlot = i;
      } else {
        const k = loadRef(loadRef(d(), DICT_KEYS), ARRAY_ITEMS + 4 * e);
        if (k === key() || (loadI32(loadRef(d(), DICT_HASHES), ARRAY_ITEMS + 4 * e) === h && keysEqual(k, key()))) {
          slot = i;
          entry = e;
          break;
        }
      }
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    if (op === OP_GET) return entry < 0 ? 0 : loadRef(loadRef(d(), DICT_VALUES), ARRAY_ITEMS + 4 * entry);
    if (op === OP_CONTAINS) return entry < 0 ? 0 : 1;
    if (op === OP_DELETE) return entry < 0 ? 0 : deleteEntry(d(), slot, entry);
    if (isUserKey(key())) storeI32(d(), DICT_FLAGS, loadI32(d(), DICT_FLAGS) | DICT_HAS_USER_KEYS);
    if (entry >= 0) storeRef(loadRef(d(), DICT_VALUES), ARRAY_ITEMS + 4 * entry, getHandle(mark + 2));
    else appendEntry(d(), slot, key(), getHandle(mark + 2), h);
    return 1;
  } finally {
    popHandles(mark);
  }
}

/** The value for key, or 0 when absent (an exception may then be pending if hashing failed). */
export function dictGet(d: number, key: number): number {
  if (needsRooting(d, key)) return rootedOp(OP_GET, d, key, 0);
  const e = lookup(d, key, hashOf(key));
  return e < 0 ? 0 : loadRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * e);
}

export function dictContains(d: number, key: number): boolean {
  if (needsRooting(d, key)) return rootedOp(OP_CONTAINS, d, key, 0) !== 0;
  return lookup(d, key, hashOf(key)) >= 0;
}

export function dictSet(d: number, key: number, value: number): void {
  if (needsRooting(d, key)) {
    rootedOp(OP_SET, d, key, value);
    return;
  }
  const h = hashOf(key);
  const e = lookup(d, key, h);
  if (e >= 0) {
    storeRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * e, value);
    return;
  }
  appendEntry(d, foundSlot, key, value, h);
}

/** Adds a new entry at free index slot `slot` (resizing first when the entry arrays are full). */
function appendEntry(d: number, slot: number, key: number, value: number, h: number): void {
  let filled = loadI32(d, DICT_FILLED);
  if (filled >= varLength(loadRef(d, DICT_KEYS))) {
    resize(d, loadI32(d, DICT_USED) * 3 + 1);
    slot = freeSlotFor(d, h);
    filled = loadI32(d, DICT_FILLED);
  }
  storeI32(loadRef(d, DICT_INDICES), ARRAY_ITEMS + 4 * slot, filled);
  storeRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * filled, key);
  storeRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * filled, value);
  storeI32(loadRef(d, DICT_HASHES), ARRAY_ITEMS + 4 * filled, h);
  storeI32(d, DICT_FILLED, ++filled);
  storeI32(d, DICT_USED, loadI32(d, DICT_USED) + 1);
  newVersion(d);
}

/**
 * The entry number holding a str key, or -1 when absent; -2 when the dict holds keys whose
 * __eq__ is Python code (comparing could run it: the caller does not cache then).
 */
export function dictStrKeyEntry(d: number, key: number): number {
  if ((loadI32(d, DICT_FLAGS) & DICT_HAS_USER_KEYS) !== 0) return -2;
  return lookup(d, key, hashOf(key));
}

/** Deletes key; returns the old value or 0 if absent. */
export function dictDelete(d: number, key: number): number {
  if (needsRooting(d, key)) return rootedOp(OP_DELETE, d, key, 0);
  const e = lookup(d, key, hashOf(key));
  if (e < 0) return 0;
  return deleteEntry(d, foundSlot, e);
}

function deleteEntry(d: number, slot: number, e: number): number {
  const vals = loadRef(d, DICT_VALUES);
  const old = loadRef(vals, ARRAY_ITEMS + 4 * e);
  storeI32(loadRef(d, DICT_INDICES), ARRAY_ITEMS + 4 * slot, DUMMY);
  storeRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * e, 0);
  storeRef(vals, ARRAY_ITEMS + 4 * e, 0);
  storeI32(d, DICT_USED, loadI32(d, DICT_USED) - 1);
  return old;
}

/** The first EMPTY index slot on h's probe sequence (keys are known to be absent). */
function freeSlotFor(d: number, h: number): number {
  const idx = loadRef(d, DICT_INDICES);
  const mask = varLength(idx) - 1;
  let perturb = h >>> 0;
  let i = perturb & mask;
  while (loadI32(idx, ARRAY_ITEMS + 4 * i) !== EMPTY) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** Rebuilds the storage from the stored hashes: no __hash__/__eq__ runs, nothing collects. */
function resize(d: number, minUsed: number): void {
  let size = MIN_SIZE;
  while ((size * 2) / 3 < minUsed) size *= 2;
  const live: [number, number, number][] = [];
  const n = loadI32(d, DICT_FILLED);
  for (let e = 0; e < n; e++) {
    const k = loadRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * e);
    if (k !== 0) live.push([k, loadRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * e), loadI32(loadRef(d, DICT_HASHES), ARRAY_ITEMS + 4 * e)]);
  }
  initStorage(d, size);
  for (const [k, v, h] of live) appendEntry(d, freeSlotFor(d, h), k, v, h);
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

/** A copy with the stored hashes (no __hash__/__eq__ runs, so nothing collects). */
export function dictCopy(d: number, layout: number = L_DICT): number {
  const r = newDict(layout);
  storeI32(r, DICT_FLAGS, loadI32(d, DICT_FLAGS));
  const n = loadI32(d, DICT_FILLED);
  for (let e = 0; e < n; e++) {
    const k = loadRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * e);
    if (k === 0) continue;
    const h = loadI32(loadRef(d, DICT_HASHES), ARRAY_ITEMS + 4 * e);
    appendEntry(r, freeSlotFor(r, h), k, loadRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * e), h);
  }
  return r;
}
