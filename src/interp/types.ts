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
import { BUILTIN_IMPL, BUILTIN_SELF, EXC_TYPE, INST_TYPE, L_BUILTIN, L_EXCEPTION, L_INSTANCE, L_TYPE, TYPE_BASE, TYPE_BASES, TYPE_DICT, TYPE_ID, TYPE_META, TYPE_MRO, TYPE_NAME, TYPE_VERSION } from "./layouts.js";
import { dictGet, dictSet, newDict } from "./objects/dict.js";
import { newStr } from "./objects/str.js";
import { internJs } from "./objects/intern.js";
import { newTuple } from "./objects/tuple.js";
import { ROOT_NONE, ROOT_TYPES } from "./state.js";
import { resetMaps } from "./objects/map.js";

/** A builtin function's implementation: positional args (self first for methods) and keywords. */
export type BuiltinFn = (args: number[], kw: KwArgs | null) => number;
export type KwArgs = Map<string, number>;

/**
 * How a builtin found in a type's dict binds when read through an instance or the class:
 * "method" binds the instance (a method descriptor), "class" the class (classmethod: e.g.
 * `__init_subclass__`), "static" nothing (`__new__` takes the class explicitly).
 */
export type Binding = "method" | "class" | "static";

export interface BuiltinImpl {
  readonly name: string;
  readonly fn: BuiltinFn;
  /** For methods: the type whose method this is (for error messages). */
  readonly owner: TypeDesc | null;
  readonly binding: Binding;
}

export const BUILTIN_IMPLS: BuiltinImpl[] = [];

export function registerBuiltin(name: string, fn: BuiltinFn, owner: TypeDesc | null = null, binding: Binding = "method"): number {
  BUILTIN_IMPLS.push({ name, fn, owner, binding });
  return BUILTIN_IMPLS.length - 1;
}

export interface TypeDesc {
  readonly id: number;
  name: string;
  /** The first base (CPython's tp_base; the one whose instance layout this type extends). */
  readonly base: TypeDesc | null;
  /** __bases__ and __mro__ (the type itself first). */
  readonly bases: readonly TypeDesc[];
  mro: readonly TypeDesc[];
  /** Direct subclasses (a version bump reaches them all). */
  readonly subclasses: TypeDesc[];
  /** The type version tag (see bumpVersion). */
  version: number;
  readonly methods: Map<string, number>; // name -> builtin impl id
  /** The heap type object (set by bootTypes; old and rooted). */
  ref: number;
  /** Constructor: type(...) called with these args. */
  construct: BuiltinFn | null;
  /** Defined by a `class` statement (its methods live only in the heap type dict). */
  user?: boolean;
  /** User types: __qualname__. */
  qualname?: string;
  /** User types: the type whose instance layout instances have (CPython's solid_base). */
  solid?: TypeDesc;
  /** User types: the builtin type whose values instances carry (list for `class C(list)`), or null. */
  valueBase?: TypeDesc | null;
  /** User types: number of `__slots__` members (the first entries of an instance's slot array). */
  nslots?: number;
  /** User types: whether instances have attributes beyond their slots (no `__slots__` somewhere). */
  hasDict?: boolean;
  /** User types: the id of the root map of its instances (objects/map.ts), 0 until the first. */
  rootMap?: number;
  /** Names bound to None in the type dict (list.__hash__ = None: unhashable). */
  noneAttrs?: readonly string[];
  /** attrs.ts: which attribute hooks the MRO defines, for one version. */
  attrHooks?: unknown;
  /** classes.ts: how calling the class proceeds, for one version. */
  callInfo?: unknown;
  /** (name -> found value) cache of lookups along the MRO, valid while `version` is unchanged. */
  cache?: Map<string, number>;
  cacheVersion?: number;
}

export const TYPES: TypeDesc[] = [];
const byLayout: (TypeDesc | undefined)[] = [];

/**
 * Type version tags (CPython's tp_version_tag, PyPy's version objects): every type has a tag,
 * a fresh one is assigned whenever the type's dict or its MRO changes, and to all its
 * subclasses, so a (type, version, name) lookup result stays valid while the tag does.
 */
let nextVersion = 1;

export function freshVersion(): number {
  return nextVersion++;
}

export function bumpVersion(t: TypeDesc): void {
  t.version = nextVersion++;
  if (t.ref !== 0) storeI32(t.ref, TYPE_VERSION, t.version);
  for (const s of t.subclasses) bumpVersion(s);
}

export function defineType(name: string, base: TypeDesc | null, layouts: readonly number[] = [], bases: readonly TypeDesc[] = base ? [base] : [], mro?: readonly TypeDesc[]): TypeDesc {
  const t: TypeDesc = { id: TYPES.length, name, base, bases, mro: [], subclasses: [], version: nextVersion++, methods: new Map(), ref: 0, construct: null };
  t.mro = mro ?? [t, ...(base ? base.mro : [])];
  TYPES.push(t);
  for (const b of bases) b.subclasses.push(t);
  for (const l of layouts) byLayout[l] = t;
  return t;
}

/** Objects of these layouts are of type t. */
export function bindLayouts(t: TypeDesc, layouts: readonly number[]): void {
  for (const l of layouts) byLayout[l] = t;
}

export function addMethods(t: TypeDesc, table: Record<string, BuiltinFn>, binding: Binding = "method"): void {
  for (const [name, fn] of Object.entries(table)) t.methods.set(name, registerBuiltin(name, fn, t, binding));
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
  if (l === L_TYPE) {
    const meta = loadRef(w, TYPE_META);
    if (meta !== 0) return TYPES[loadI32(meta, TYPE_ID)]!;
  }
  return byLayout[l]!;
}

export function typeName(w: number): string {
  return typeOf(w).name;
}

export function isSubtype(t: TypeDesc, of: TypeDesc): boolean {
  if (t === of) return true;
  const mro = t.mro;
  for (let i = 1; i < mro.length; i++) if (mro[i] === of) return true;
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
  for (const c of t.mro) {
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
  resetMaps();
  const arr = allocVar(REF_ARRAY, TYPES.length);
  setRoot(ROOT_TYPES, arr);
  for (const t of TYPES) {
    const obj = allocFixed(L_TYPE);
    storeI32(obj, TYPE_ID, t.id);
    storeRef(obj, TYPE_NAME, newStr(t.name));
    const d = newDict();
    storeRef(obj, TYPE_DICT, d);
    for (const [name, impl] of t.methods) dictSet(d, internJs(name), newBuiltin(impl));
    for (const name of t.noneAttrs ?? []) dictSet(d, internJs(name), getRoot(ROOT_NONE));
    storeRef(getRoot(ROOT_TYPES), ARRAY_ITEMS + 4 * t.id, obj);
  }
  const typeRef = (t: TypeDesc) => loadRef(getRoot(ROOT_TYPES), ARRAY_ITEMS + 4 * t.id);
  for (const t of TYPES) {
    t.subclasses.length = 0;
    t.version = nextVersion++;
    t.cache = undefined;
    t.rootMap = undefined; // maps are per run (resetMaps)
    t.attrHooks = undefined;
    t.callInfo = undefined;
  }
  for (const t of TYPES) {
    for (const b of t.bases) b.subclasses.push(t);
    if (t.base) storeRef(typeRef(t), TYPE_BASE, typeRef(t.base));
    const bases = newTuple(t.bases.map(typeRef));
    storeRef(typeRef(t), TYPE_BASES, bases);
    const mro = newTuple(t.mro.map(typeRef));
    storeRef(typeRef(t), TYPE_MRO, mro);
    storeI32(typeRef(t), TYPE_VERSION, t.version);
  }
}

/** After the boot collection: cache the (now old, immovable) type object addresses. */
export function cacheTypeRefs(): void {
  const arr = getRoot(ROOT_TYPES);
  for (const t of TYPES) t.ref = loadRef(arr, ARRAY_ITEMS + 4 * t.id);
}

export function typeDictGet(t: TypeDesc, nameStr: number): number {
  return dictGet(loadRef(t.ref, TYPE_DICT), nameStr);
}
