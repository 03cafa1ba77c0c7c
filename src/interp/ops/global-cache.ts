/*
 * global-cache.ts — the interpreter's cache for global and builtin names: what LOAD_GLOBAL, and
 * LOAD_NAME / STORE_NAME / STORE_GLOBAL of a module's code, do without hashing the name and
 * probing the dict.
 *
 * Per (globals dict, name) an entry remembers where the name was found: entry number e of the
 * globals, or entry e of the builtins while the name was absent from the globals. A hit
 * re-checks what makes the answer true today, so nothing ever has to invalidate an entry:
 *   - in the globals: entry e of this dict still holds this very key (a deleted entry's key is
 *     0; a resize renumbers, then the key at e differs). A dict holds a key once, so the value
 *     at e is the name's value.
 *   - in the builtins: the globals' version (objects/dict.ts) is unchanged, so no key was added
 *     to them since, and entry e of the builtins still holds the key.
 * Names are interned (code.ts), so a code object's name and the dict's key are one object.
 *
 * Keys are addresses: only old globals dicts and old names are cached (young objects may still
 * move). A freed dict's address reused by another dict is harmless: the key check reads the
 * dict at that address today, and versions are never reused.
 */

import { ARRAY_ITEMS, getRoot, loadF64, loadI32, loadRef, nurseryEnd, storeRef } from "../../gc/index.js";
import { DICT_FILLED, DICT_KEYS, DICT_VALUES, DICT_VERSION } from "../layouts.js";
import { dictStrKeyEntry } from "../objects/dict.js";
import { ROOT_BUILTINS } from "../state.js";

const TABLE_SIZE = 4096;
const cacheName = new Int32Array(TABLE_SIZE);
const cacheGlobals = new Int32Array(TABLE_SIZE);
/** The entry number; negative (-1 - e) for entry e of the builtins. */
const cacheEntry = new Int32Array(TABLE_SIZE);
/** For builtins entries: the globals' version when the name was not in them. */
const cacheVersion = new Float64Array(TABLE_SIZE);

function slotOf(globals: number, name: number): number {
  return ((name >>> 3) ^ Math.imul(globals >>> 3, 0x9e3779b1)) & (TABLE_SIZE - 1);
}

/** Does entry e of d still hold key `name`? (Then its value is the name's.) */
function holdsKey(d: number, e: number, name: number): boolean {
  return e < loadI32(d, DICT_FILLED) && loadRef(loadRef(d, DICT_KEYS), ARRAY_ITEMS + 4 * e) === name;
}

/** Entry e's value if entry e of d still holds key `name`, else 0. */
function valueAt(d: number, e: number, name: number): number {
  return holdsKey(d, e, name) ? loadRef(loadRef(d, DICT_VALUES), ARRAY_ITEMS + 4 * e) : 0;
}

/** The value of global `name` (globals, then builtins), or 0 when the cache cannot answer. */
export function cachedLoadGlobal(globals: number, name: number): number {
  const s = slotOf(globals, name);
  if (cacheName[s] !== name || cacheGlobals[s] !== globals) return 0;
  const e = cacheEntry[s]!;
  if (e >= 0) return valueAt(globals, e, name);
  if (loadF64(globals, DICT_VERSION) !== cacheVersion[s]) return 0;
  return valueAt(getRoot(ROOT_BUILTINS), -1 - e, name);
}

/** globals[name] = v when the name is already in the globals and cached: true when done. */
export function cachedStoreGlobal(globals: number, name: number, v: number): boolean {
  const s = slotOf(globals, name);
  if (cacheName[s] !== name || cacheGlobals[s] !== globals) return false;
  const e = cacheEntry[s]!;
  if (e < 0 || !holdsKey(globals, e, name)) return false;
  storeRef(loadRef(globals, DICT_VALUES), ARRAY_ITEMS + 4 * e, v);
  return true;
}

/** After a lookup the cache missed: remember where `name` is now (when it can be keyed). */
export function fillGlobalCache(globals: number, name: number): void {
  if (globals < nurseryEnd || name < nurseryEnd) return;
  const s = slotOf(globals, name);
  const e = dictStrKeyEntry(globals, name);
  if (e >= 0) {
    if (loadRef(loadRef(globals, DICT_KEYS), ARRAY_ITEMS + 4 * e) !== name) return;
    cacheEntry[s] = e;
  } else {
    if (e !== -1) return; // the globals cannot tell (keys with Python __eq__)
    const builtins = getRoot(ROOT_BUILTINS);
    const b = dictStrKeyEntry(builtins, name);
    if (b < 0 || loadRef(loadRef(builtins, DICT_KEYS), ARRAY_ITEMS + 4 * b) !== name) return;
    cacheEntry[s] = -1 - b;
    cacheVersion[s] = loadF64(globals, DICT_VERSION);
  }
  cacheName[s] = name;
  cacheGlobals[s] = globals;
}
