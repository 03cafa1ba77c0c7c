/*
 * types.ts — type objects and the builtin method tables.
 *
 * Each Python type has a descriptor here (TypeDesc: name, base, the layouts whose objects are
 * of this type, its method table) and a type object in the heap (layout py.Type) whose dict
 * holds the methods as builtin-function objects, so `str.upper`, `LOAD_METHOD` and `type(x)`
 * all see the same thing. Descriptors are defined once, as tables, by the files that implement
 * the types (`defineType` + `addMethods`); `bootTypes()` builds the heap side of all of them.
 *
 * typeOf(w): a tagged word is an int; otherwise the layout id says the type, except for
 * layouts whose objects carry their type (exception instances: the `type` field).
 *
 * The type objects are allocated at boot and promoted to the old space by a collection right
 * after (run.ts), so their addresses never change afterwards; TypeDesc.ref caches them.
 */

import { ARRAY_ITEMS, REF_ARRAY, allocFixed, allocVar, getRoot, isTaggedInt, loadI32, loadRef, setRoot, storeI32, storeRef } from "../gc/index.js";
import { BUILTIN_IMPL, BUILTIN_SELF, EXC_TYPE, INST_TYPE, L_BUILTIN, L_EXCEPTION, L_INSTANCE, L_TYPE, TYPE_BASE, TYPE_DICT, TYPE_ID, TYPE_NAME } from "./layouts.js";
import { dictGet, dictSet, newDict } from "./objects/dict.js";
import { newStr } from "./objects/str.js";
import { ROOT_TYPES } from "./state.js";

/** A builtin function's implementation: positional args (self first for methods) and keywords. */
export type BuiltinFn = (args: number[], kw: KwArgs | null) => number;
export type KwArgs = Map<string, number>;

export interface BuiltinImpl {
  readonly name: string;
  readonly fn: BuiltinFn;
  /** For methods: the type whose method this is (for error messages). */
  readonly owner: TypeDesc | null;
}

export const BUILTIN_IMPLS: BuiltinImpl[] = [];

export function registerBuiltin(name: string, fn: BuiltinFn, owner: TypeDesc | null = null): number {
  BUILTIN_IMPLS.push({ name, fn, owner });
  return BUILTIN_IMPLS.length - 1;
}

export interface TypeDesc {
  readonly id: number;
  readonly name: string;
  readonly base: TypeDesc | null;
  readonly methods: Map<string, number>; // name -> builtin impl id
  /** The heap type object (set by bootTypes; old and rooted). */
  ref: number;
  /** Constructor: type(...) called with these args. */
  construct: BuiltinFn | null;
  /** Defined by a `class` statement (its methods live only in the heap type dict). */
  user?: boolean;
}

export const TYPES: TypeDesc[] = [];
const byLayout: (TypeDesc | undefined)[] = [];

export function defineType(name: string, base: TypeDesc | null, layouts: readonly number[] = []): TypeDesc {
  const t: TypeDesc = { id: TYPES.length, name, base, methods: new Map(), ref: 0, construct: null };
  TYPES.push(t);
  for (const l of layouts) byLayout[l] = t;
  return t;
}

/** Objects of these layouts are of type t. */
export function bindLayouts(t: TypeDesc, layouts: readonly number[]): void {
  for (const l of layouts) byLayout[l] = t;
}

export function addMethods(t: TypeDesc, table: Record<string, BuiltinFn>): void {
  for (const [name, fn] of Object.entries(table)) t.methods.set(name, registerBuiltin(name, fn, t));
}

// The core types every other file refers to.
export const T_OBJECT = defineType("object", null);
export const T_TYPE = defineType("type", T_OBJECT, [L_TYPE]);
export const T_INT = defineType("int", T_OBJECT);
export const T_BOOL = defineType("bool", T_INT);

export function typeOf(w: number): TypeDesc {
  if (isTaggedInt(w)) return T_INT;
  const l = loadI32(w, 0) & 0xffff;
  if (l === L_INSTANCE) return TYPES[loadI32(loadRef(w, INST_TYPE), TYPE_ID)]!;
  if (l === L_EXCEPTION) return TYPES[loadI32(loadRef(w, EXC_TYPE), TYPE_ID)]!;
  return byLayout[l]!;
}

export function typeName(w: number): string {
  return typeOf(w).name;
}

export function isSubtype(t: TypeDesc, of: TypeDesc): boolean {
  for (let c: TypeDesc | null = t; c !== null; c = c.base) if (c === of) return true;
  return false;
}

export function isInstance(w: number, t: TypeDesc): boolean {
  return isSubtype(typeOf(w), t);
}

/** The descriptor of a heap type object. */
export function typeDescOf(typeRef: number): TypeDesc {
  return TYPES[loadI32(typeRef, TYPE_ID)]!;
}

export function isTypeObject(w: number): boolean {
  return !isTaggedInt(w) && w !== 0 && (loadI32(w, 0) & 0xffff) === L_TYPE;
}

/** Looks a method up along the base chain: the builtin impl id, or -1. */
export function findMethod(t: TypeDesc, name: string): number {
  for (let c: TypeDesc | null = t; c !== null; c = c.base) {
    const m = c.methods.get(name);
    if (m !== undefined) return m;
  }
  return -1;
}

export function newBuiltin(impl: number): number {
  const b = allocFixed(L_BUILTIN);
  storeI32(b, BUILTIN_IMPL, impl);
  return b;
}

/** A builtin method bound to `self`. */
export function newBuiltinBound(impl: number, self: number): number {
  const b = allocFixed(L_BUILTIN);
  storeI32(b, BUILTIN_IMPL, impl);
  storeRef(b, BUILTIN_SELF, self);
  return b;
}

/** Builds every type object (call once per heap, before anything else is allocated). */
let builtinTypeCount = -1;

export function bootTypes(): void {
  // user classes of an earlier program run in this process are forgotten
  if (builtinTypeCount < 0) builtinTypeCount = TYPES.length;
  TYPES.length = builtinTypeCount;
  const arr = allocVar(REF_ARRAY, TYPES.length);
  setRoot(ROOT_TYPES, arr);
  for (const t of TYPES) {
    const obj = allocFixed(L_TYPE);
    storeI32(obj, TYPE_ID, t.id);
    storeRef(obj, TYPE_NAME, newStr(t.name));
    const d = newDict();
    storeRef(obj, TYPE_DICT, d);
    for (const [name, impl] of t.methods) dictSet(d, newStr(name), newBuiltin(impl));
    storeRef(getRoot(ROOT_TYPES), ARRAY_ITEMS + 4 * t.id, obj);
  }
  for (const t of TYPES) if (t.base) storeRef(loadRef(getRoot(ROOT_TYPES), ARRAY_ITEMS + 4 * t.id), TYPE_BASE, loadRef(getRoot(ROOT_TYPES), ARRAY_ITEMS + 4 * t.base.id));
}

/** After the boot collection: cache the (now old, immovable) type object addresses. */
export function cacheTypeRefs(): void {
  const arr = getRoot(ROOT_TYPES);
  for (const t of TYPES) t.ref = loadRef(arr, ARRAY_ITEMS + 4 * t.id);
}

export function typeDictGet(t: TypeDesc, nameStr: number): number {
  return dictGet(loadRef(t.ref, TYPE_DICT), nameStr);
}
