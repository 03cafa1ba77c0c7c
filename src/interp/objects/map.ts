/*
 * map.ts — instance maps (hidden classes), PyPy's mapdict.
 *
 * An instance of a user class does not own a dict. It points to a *map*: the ordered list of
 * its attribute names, shared by every instance of the type that received the same attributes
 * in the same order, and keeps the values in a slot array (attribute i in slot nslots + i, after
 * the type's `__slots__` members). Adding an attribute follows (or creates) the map's
 * transition for that name, so instances built by the same `__init__` end up sharing one map.
 * Reading an attribute is a map check plus a load: `mapIndex(map, name)` is elidable (a pure
 * function of the map id and the name's characters), so a trace that has promoted the map id
 * folds the lookup to a constant slot index.
 *
 * Maps are JS-side objects (no references into the heap), found by id; map 0 means "this
 * instance keeps its attributes in a real dict" (INST_DICT), which happens when `__dict__` is
 * asked for, after `__class__` assignment, or past MAX_MAP_ATTRS attributes. Deleting an
 * attribute rebuilds the instance's map without it.
 *
 * Attribute names arrive as heap strs; `attrKey` turns one into a JS string through a cache
 * keyed by address and checked against the characters (an address can be reused by another
 * string after a collection, so a hit is only taken when the characters agree).
 */

import { ARRAY_ITEMS, REF_ARRAY, allocVar, loadI32, loadRef, storeI32, storeRef, varLength } from "../../gc/index.js";
import { type Int, type Ref, elidable } from "../../jit/hints.js";
import { INST_DICT, INST_MAP, INST_SLOTS, STR_CHARS } from "../layouts.js";
import type { TypeDesc } from "../types.js";
import { dictDelete, dictGet, dictSet, entries, newDict } from "./dict.js";
import { newStr, strToJs } from "./str.js";

export const DICT_MODE = 0;
const MAX_MAP_ATTRS = 64;

export class InstanceMap {
  readonly names: string[];
  readonly index = new Map<string, number>();
  readonly transitions = new Map<string, InstanceMap>();
  constructor(
    readonly id: number,
    readonly type: TypeDesc,
    readonly parent: InstanceMap | null,
    name: string | null,
  ) {
    this.names = parent ? [...parent.names] : [];
    if (name !== null) this.names.push(name);
    this.names.forEach((n, i) => this.index.set(n, i));
  }
}

const MAPS: (InstanceMap | null)[] = [null];

/** Forget the maps of an earlier program run (their types are gone). */
export function resetMaps(): void {
  MAPS.length = 1;
  keyCache.clear();
}

export function mapById(id: number): InstanceMap {
  return MAPS[id]!;
}

export function rootMap(t: TypeDesc): InstanceMap {
  if (!t.rootMap) {
    const m = new InstanceMap(MAPS.length, t, null, null);
    MAPS.push(m);
    t.rootMap = m.id;
  }
  return MAPS[t.rootMap]!;
}

function withAttr(m: InstanceMap, name: string): InstanceMap {
  let next = m.transitions.get(name);
  if (next === undefined) {
    next = new InstanceMap(MAPS.length, m.type, m, name);
    MAPS.push(next);
    m.transitions.set(name, next);
  }
  return next;
}

// ---- attribute names

const keyCache = new Map<number, string>();

function sameChars(s: number, k: string): boolean {
  const n = varLength(s);
  if (n !== k.length) return false;
  for (let i = 0; i < n; i++) if (loadI32(s, STR_CHARS + 4 * i) !== k.charCodeAt(i)) return false;
  return true;
}

/** The JS string of an attribute name (a heap str). */
export function attrKey(name: number): string {
  const k = keyCache.get(name);
  if (k !== undefined && sameChars(name, k)) return k;
  const s = strToJs(name);
  if (keyCache.size > 8192) keyCache.clear();
  keyCache.set(name, s);
  return s;
}

/** Slot index of `name` in map `mapId` (without the `__slots__` offset), or -1. Pure. */
export const mapIndex = elidable(function mapIndex(mapId: Int, name: Ref): Int {
  return slotIndex(mapId, attrKey(name));
});

/** mapIndex for a name already turned into its key. */
export function slotIndex(mapId: number, key: string): number {
  const i = MAPS[mapId]!.index.get(key);
  return i === undefined ? -1 : i;
}

// ---- instance attributes (inst is a py.Instance; nslots its type's __slots__ count)

/** The value of attribute `name` stored on the instance, or 0. */
export function instGet(inst: number, nslots: number, name: number, key: string): number {
  const mapId = loadI32(inst, INST_MAP);
  if (mapId === DICT_MODE) {
    const d = loadRef(inst, INST_DICT);
    return d === 0 ? 0 : dictGet(d, name);
  }
  const i = slotIndex(mapId, key);
  if (i < 0) return 0;
  return loadRef(loadRef(inst, INST_SLOTS), ARRAY_ITEMS + 4 * (nslots + i));
}

/** Makes sure the slot array holds n entries (allocation only: v and inst stay valid). */
function reserveSlots(inst: number, n: number): void {
  const slots = loadRef(inst, INST_SLOTS);
  const have = slots === 0 ? 0 : varLength(slots);
  if (have >= n) return;
  const grown = allocVar(REF_ARRAY, Math.max(n, 2 * have, 4));
  for (let i = 0; i < have; i++) storeRef(grown, ARRAY_ITEMS + 4 * i, loadRef(slots, ARRAY_ITEMS + 4 * i));
  storeRef(inst, INST_SLOTS, grown);
}

/** The slot array a new instance starts with (its `__slots__` plus room for a few attributes). */
export function initialSlots(t: TypeDesc): number {
  const n = (t.nslots ?? 0) + (t.hasDict ? 4 : 0);
  return n === 0 ? 0 : allocVar(REF_ARRAY, n);
}

/** inst.name = v on the instance itself. */
export function instSet(inst: number, nslots: number, name: number, key: string, v: number): void {
  const mapId = loadI32(inst, INST_MAP);
  if (mapId === DICT_MODE) {
    let d = loadRef(inst, INST_DICT);
    if (d === 0) {
      d = newDict();
      storeRef(inst, INST_DICT, d);
    }
    dictSet(d, name, v);
    return;
  }
  const i = slotIndex(mapId, key);
  if (i >= 0) {
    storeRef(loadRef(inst, INST_SLOTS), ARRAY_ITEMS + 4 * (nslots + i), v);
    return;
  }
  const m = MAPS[mapId]!;
  if (m.names.length >= MAX_MAP_ATTRS) {
    toDictMode(inst, nslots);
    instSet(inst, nslots, name, key, v);
    return;
  }
  const next = withAttr(m, key);
  reserveSlots(inst, nslots + next.names.length);
  storeRef(loadRef(inst, INST_SLOTS), ARRAY_ITEMS + 4 * (nslots + next.names.length - 1), v);
  storeI32(inst, INST_MAP, next.id);
}

/** del inst.name on the instance itself: false if it had no such attribute. */
export function instDelete(inst: number, nslots: number, name: number, key: string): boolean {
  const mapId = loadI32(inst, INST_MAP);
  if (mapId === DICT_MODE) {
    const d = loadRef(inst, INST_DICT);
    return d !== 0 && dictDelete(d, name) !== 0;
  }
  const i = slotIndex(mapId, key);
  if (i < 0) return false;
  // rebuild: the same attributes but this one, in order, from the type's root map
  const m = MAPS[mapId]!;
  const slots = loadRef(inst, INST_SLOTS);
  let next = rootMap(m.type);
  for (let j = 0; j < m.names.length; j++) {
    if (j === i) continue;
    next = withAttr(next, m.names[j]!);
    storeRef(slots, ARRAY_ITEMS + 4 * (nslots + next.names.length - 1), loadRef(slots, ARRAY_ITEMS + 4 * (nslots + j)));
  }
  storeRef(slots, ARRAY_ITEMS + 4 * (nslots + m.names.length - 1), 0);
  storeI32(inst, INST_MAP, next.id);
  return true;
}

/** Moves the instance's map attributes into a real dict (INST_DICT) and returns it. */
export function toDictMode(inst: number, nslots: number): number {
  const mapId = loadI32(inst, INST_MAP);
  if (mapId === DICT_MODE) {
    let d = loadRef(inst, INST_DICT);
    if (d === 0) {
      d = newDict();
      storeRef(inst, INST_DICT, d);
    }
    return d;
  }
  const m = MAPS[mapId]!;
  const d = newDict();
  storeRef(inst, INST_DICT, d);
  const slots = loadRef(inst, INST_SLOTS);
  for (let j = 0; j < m.names.length; j++) {
    const at = ARRAY_ITEMS + 4 * (nslots + j);
    dictSet(d, newStr(m.names[j]!), loadRef(slots, at)); // allocation never collects: d, slots stay valid
    storeRef(slots, at, 0);
  }
  storeI32(inst, INST_MAP, DICT_MODE);
  return loadRef(inst, INST_DICT);
}

/** The (name, value) pairs stored on the instance, in insertion order. */
export function instItems(inst: number, nslots: number): [string, number][] {
  const mapId = loadI32(inst, INST_MAP);
  if (mapId === DICT_MODE) {
    const d = loadRef(inst, INST_DICT);
    return d === 0 ? [] : entries(d).map(([k, v]) => [strToJs(k), v]);
  }
  const m = MAPS[mapId]!;
  const slots = loadRef(inst, INST_SLOTS);
  return m.names.map((n, j) => [n, loadRef(slots, ARRAY_ITEMS + 4 * (nslots + j))]);
}
