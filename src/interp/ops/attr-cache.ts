/*
 * attr-cache.ts — the interpreter's attribute caches for instances of user classes: what
 * `obj.name`, `obj.name = v` and `obj.name(...)` do when the eval loop runs them (the JIT folds
 * the same lookups its own way: classes.ts typeLookup, map.ts mapIndex).
 *
 * Per (user class, attribute name) an entry holds what the class's MRO says about the name (the
 * class attribute and its descriptor kind), valid while the class's version tag is unchanged,
 * and the last instance map seen with the name's slot index in it (a monomorphic inline cache
 * keyed by map). A read of an instance attribute is then a version check, a map check and one load;
 * nothing converts the name to a JS string.
 *
 * Keys are name strs by address. Only the eval loop's names come here (a code object's names:
 * code objects are kept alive for the whole run by ROOT_CODES), and only once they are old (a
 * young str may still move), so an address always means the same name.
 */

import { ARRAY_ITEMS, isTaggedInt, loadI32, loadRef, nurseryEnd, storeI32, storeRef } from "../../gc/index.js";
import { lookupKey } from "../classes.js";
import { DATA, NON_DATA, PLAIN, descrGet, descrKind } from "../descr.js";
import * as L from "../layouts.js";
import { DICT_MODE, attrKey, instSet, slotIndex } from "../objects/map.js";
import type { TypeDesc } from "../types.js";

interface AttrEntry {
  /** The class's version tag this entry was computed for. */
  version: number;
  key: string;
  /** The class attribute found along the MRO, or 0. */
  descr: number;
  /** descrKind(descr), when it cannot change while the class's version holds; else -1. */
  kind: number;
  /** `__class__` and `__dict__`: reads and writes the generic path handles. */
  special: boolean;
  /** The last instance map seen and the name's slot index in it (-1: not there). */
  mapId: number;
  index: number;
}

/**
 * The entries live in a direct-mapped table indexed by a hash of (class, name): a hit is two
 * compares and a version check, no Map lookup. A collision only evicts (the entry is
 * recomputed on its next use), and classes are compared by identity, so a stale slot from an
 * earlier program run (whose classes are gone) never hits.
 */
const TABLE_SIZE = 4096;
const slotName = new Int32Array(TABLE_SIZE);
const slotType: (TypeDesc | undefined)[] = new Array(TABLE_SIZE).fill(undefined);
const slotEntry: (AttrEntry | undefined)[] = new Array(TABLE_SIZE).fill(undefined);

/** The cache entry for (class, name), or null when the name may still move. */
function entryFor(t: TypeDesc, name: number): AttrEntry | null {
  if (name < nurseryEnd) return null;
  const slot = ((name >>> 2) ^ Math.imul(t.id, 0x9e3779b1)) & (TABLE_SIZE - 1);
  if (slotName[slot] === name && slotType[slot] === t) {
    const hit = slotEntry[slot]!;
    if (hit.version === t.version) return hit;
  }
  const key = attrKey(name);
  const descr = lookupKey(t, key, name);
  // a user-class descriptor's kind follows its own class's dict: asked again at each use
  const stableKind = descr === 0 || isTaggedInt(descr) || (loadI32(descr, 0) & 0xffff) !== L.L_INSTANCE;
  const e: AttrEntry = { version: t.version, key, descr, kind: stableKind ? (descr === 0 ? PLAIN : descrKind(descr)) : -1, special: key === "__class__" || key === "__dict__", mapId: -1, index: -1 };
  // a young class attribute may still move: the entry is kept once a collection has promoted it
  // (lookupKey's rule); until then each use computes a fresh one
  if (descr === 0 || isTaggedInt(descr) || descr >= nurseryEnd) {
    slotName[slot] = name;
    slotType[slot] = t;
    slotEntry[slot] = e;
  }
  return e;
}

function kindOf(e: AttrEntry): number {
  return e.kind >= 0 ? e.kind : descrKind(e.descr);
}

/** The name's slot index in the instance's map (-1: not an own attribute, or a dict-mode instance). */
function ownIndex(e: AttrEntry, inst: number): number {
  const mapId = loadI32(inst, L.INST_MAP);
  if (mapId === DICT_MODE) return -1;
  if (mapId !== e.mapId) {
    e.mapId = mapId;
    e.index = slotIndex(mapId, e.key);
  }
  return e.index;
}

/** Callers pass an L_INSTANCE of user class t; the caches answer for map-mode instances only. */
function isPlainInstance(obj: number): boolean {
  return loadI32(obj, L.INST_MAP) !== DICT_MODE;
}

/**
 * obj.name for an instance (not in dict mode) of a user class without attribute hooks: the value,
 * or 0 when the cache cannot answer (the caller takes the generic path, which also raises).
 */
export function cachedGetAttr(obj: number, t: TypeDesc, name: number): number {
  if (!isPlainInstance(obj)) return 0;
  const e = entryFor(t, name);
  if (e === null || e.special) return 0;
  const kind = kindOf(e);
  if (kind === DATA) return descrGet(e.descr, obj, t);
  const i = ownIndex(e, obj);
  if (i >= 0) return loadRef(loadRef(obj, L.INST_SLOTS), ARRAY_ITEMS + 4 * ((t.nslots ?? 0) + i));
  if (kind === NON_DATA) return descrGet(e.descr, obj, t);
  return e.descr;
}

/**
 * obj.name = v when no data descriptor intervenes: an attribute the instance's map has is one
 * store, a new one a map transition. True when done; false sends the caller down the generic
 * path (which also raises).
 */
export function cachedSetAttr(obj: number, t: TypeDesc, name: number, v: number): boolean {
  if (!isPlainInstance(obj)) return false;
  const e = entryFor(t, name);
  if (e === null || e.special || kindOf(e) === DATA) return false;
  const i = ownIndex(e, obj);
  if (i >= 0) {
    storeRef(loadRef(obj, L.INST_SLOTS), ARRAY_ITEMS + 4 * ((t.nslots ?? 0) + i), v);
    return true;
  }
  if (t.hasDict !== true) return false; // the generic path raises
  // a new attribute: the map transition (instSet); the name is not a data descriptor
  instSet(obj, t.nslots ?? 0, name, e.key, v);
  return true;
}

/**
 * The function `obj.name(...)` calls unbound (CPython's LOAD_METHOD shortcut): the class
 * attribute when it is a plain function not shadowed by an own attribute; 0 otherwise,
 * including when the cache cannot answer.
 */
export function cachedMethod(obj: number, t: TypeDesc, name: number): number {
  if (!isPlainInstance(obj)) return 0;
  const e = entryFor(t, name);
  if (e === null || e.special || e.descr === 0 || isTaggedInt(e.descr)) return 0;
  if ((loadI32(e.descr, 0) & 0xffff) !== L.L_FUNCTION) return 0;
  return ownIndex(e, obj) < 0 ? e.descr : 0;
}

// ---- the eval loop's per-instruction caches (layouts.ts CODE_ATTR_CACHE, read by eval.ts)
//
// An instruction's cache says, in each of its ways (layouts.ts ATTR_CACHE_WAYS): for an
// instance with this map whose type has this version tag, the attribute is a plain value in
// slot `index` (LOAD_ATTR, STORE_ATTR) or this class attribute (LOAD_ATTR), a store adds it and
// moves the instance to map `next` (STORE_ATTR), or the method is this function (LOAD_METHOD);
// for an object of a builtin type (key -1 - layout), the method is this builtin.
// Map ids are never reused and belong to one type, and version tags are unique and start at 1,
// so a zeroed cache never matches. What the type's MRO says about the name (no data
// descriptor, no attribute hooks, the method itself) holds while the version does; what the
// map says (the slot, no own attribute shadowing a method) holds for that map.

/** Instance obj's type version tag as the eval loop reads it, or -1 when it lags t's. */
function heapVersion(obj: number, t: TypeDesc): number {
  const v = loadI32(loadRef(obj, L.INST_TYPE), L.TYPE_VERSION);
  return v === t.version ? v : -1;
}

/** Fills way 0 of the instruction's cache; the other ways move down one, the last is dropped (most recent first). */
function fillInstr(code: number, pc: number, mapId: number, version: number, index: number, next: number, ref: number): void {
  const c = loadRef(code, L.CODE_ATTR_CACHE);
  const refs = loadRef(code, L.CODE_METHOD_CACHE);
  const at = ARRAY_ITEMS + 4 * L.ATTR_CACHE_WORDS * pc;
  const refAt = ARRAY_ITEMS + 4 * L.ATTR_CACHE_WAYS * pc;
  for (let w = L.ATTR_CACHE_WAYS - 1; w > 0; w--) {
    for (let k = 0; k < L.ATTR_CACHE_WAY_WORDS; k++) storeI32(c, at + 4 * (L.ATTR_CACHE_WAY_WORDS * w + k), loadI32(c, at + 4 * (L.ATTR_CACHE_WAY_WORDS * (w - 1) + k)));
    storeRef(refs, refAt + 4 * w, loadRef(refs, refAt + 4 * (w - 1)));
  }
  storeI32(c, at, mapId);
  storeI32(c, at + 4, version);
  storeI32(c, at + 8, index);
  storeI32(c, at + 12, next);
  storeRef(refs, refAt, ref);
}

/** The slot `obj.name` reads or overwrites without any descriptor or hook, or -1. */
function plainSlot(obj: number, t: TypeDesc, name: number): number {
  if (!isPlainInstance(obj)) return -1;
  const e = entryFor(t, name);
  if (e === null || e.special || kindOf(e) === DATA) return -1;
  const i = ownIndex(e, obj);
  return i < 0 ? -1 : (t.nslots ?? 0) + i;
}

/**
 * LOAD_ATTR at pc reading obj.name (t: obj's user class, without attribute hooks) when it is a
 * plain slot, or a class attribute that is no descriptor and no own attribute hides: fills the
 * instruction's cache and returns the value; 0 otherwise (the caller takes the other paths).
 */
export function readAndRecord(code: number, pc: number, obj: number, t: TypeDesc, name: number): number {
  const version = heapVersion(obj, t);
  if (version < 0 || !isPlainInstance(obj)) return 0;
  const e = entryFor(t, name);
  if (e === null || e.special) return 0;
  const kind = kindOf(e);
  if (kind === DATA) return 0;
  const i = ownIndex(e, obj);
  const map = loadI32(obj, L.INST_MAP);
  if (i >= 0) {
    const slot = (t.nslots ?? 0) + i;
    fillInstr(code, pc, map, version, slot, 0, 0);
    return loadRef(loadRef(obj, L.INST_SLOTS), ARRAY_ITEMS + 4 * slot);
  }
  // e.kind, not kind: a user-class value may gain a __get__ without t's version changing
  if (e.descr === 0 || e.kind !== PLAIN) return 0;
  fillInstr(code, pc, map, version, -1, 0, e.descr);
  return e.descr;
}

/** After STORE_ATTR at pc stored obj.name through cachedSetAttr; mapBefore: obj's map before. */
export function recordStore(code: number, pc: number, obj: number, t: TypeDesc, name: number, mapBefore: number): void {
  const mapNow = loadI32(obj, L.INST_MAP);
  const slot = plainSlot(obj, t, name);
  const version = heapVersion(obj, t);
  if (mapBefore === DICT_MODE || slot < 0 || version < 0) return;
  fillInstr(code, pc, mapBefore, version, slot, mapNow === mapBefore ? 0 : mapNow, 0);
}

/**
 * After LOAD_METHOD at pc found m, a method of obj's builtin type (typeOf is one type per
 * layout for these, and builtin types cannot be changed): keyed -1 - layout, version 0.
 */
export function recordBuiltinMethod(code: number, pc: number, layout: number, m: number): void {
  fillInstr(code, pc, -1 - layout, 0, 0, 0, m);
}

/** After LOAD_METHOD at pc found function m through cachedMethod. */
export function recordMethod(code: number, pc: number, obj: number, t: TypeDesc, m: number): void {
  const version = heapVersion(obj, t);
  if (version < 0) return;
  fillInstr(code, pc, loadI32(obj, L.INST_MAP), version, 0, 0, m);
}
