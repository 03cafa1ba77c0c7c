/*
 * classes.ts — user-defined classes: creating types (`class` statements, `type(name, bases,
 * ns)`, metaclasses), the cached MRO lookup, instantiation (`__new__` / `__init__`), `super()`.
 * Residual code.
 *
 * A `class` statement compiles to `__build_class__(body, name, *bases, **kw)`. buildClass picks
 * the metaclass (the explicit `metaclass=` or the most derived type of the bases), runs the body
 * with a fresh dict as its locals and hands (name, bases, ns) to the metaclass; for plain `type`
 * that is typeNew directly. typeNew computes the MRO (C3, mro.ts), checks the bases' instance
 * layouts, turns `__slots__` into member descriptors, applies CPython's implicit rules (`__new__`
 * becomes a staticmethod, `__init_subclass__` a classmethod, `__eq__` without `__hash__` makes
 * instances unhashable), fills the `__class__` cell, then calls `__set_name__` on the namespace's
 * values and the parent's `__init_subclass__`.
 *
 * Type objects must not move (TypeDesc.ref caches the address; the JIT bakes type references
 * into traces), so a new type object is registered in ROOT_TYPES and promoted right away with a
 * minor collection. Class statements are rare, so one collection each is cheap; every reference
 * still needed across it (and across the body) is in a handle.
 *
 * Lookup along the MRO is cached per type by attribute name and invalidated by the type's
 * version tag (types.ts: bumpVersion runs on every change to a type's dict, for it and all its
 * subclasses). Only immovable results (old objects, tagged ints, "not found") are cached.
 * `typeLookup(type, version, name)` is the elidable form the JIT can fold once it has promoted
 * the type and its version.
 *
 * Instances are py.Instance objects with maps (objects/map.ts); instances of user exception
 * classes are py.Exception objects carrying the user type; instances of subclasses of builtin
 * value types (list, int, ...) are py.Instance objects whose `value` is the builtin value.
 */

import { ARRAY_ITEMS, REF_ARRAY, allocFixed, allocVar, collect, getHandle, getRoot, handleMark, initRef, isTaggedInt, loadI32, loadRef, nurseryEnd, popHandles, pushHandle, setHandle, setRoot, storeI32, storeRef, varLength } from "../gc/index.js";
import { type Int, type Ref, elidable } from "../jit/hints.js";
import { NOT_SIMPLE_CALL, callFunction, callObject, callSimple, isSimpleCall, runClassBody } from "./call.js";
import { codeInfo } from "./code.js";
import { DATA, descrGet, descrKind, newClassMethod, newMember, newStaticMethod } from "./descr.js";
import { E, isExceptionType, newException, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { c3Linearize } from "./mro.js";
import { resolveMroEntries } from "./typeprotocols.js";
import { dictCopy, dictDelete, dictGet, dictSet, entries, newDict } from "./objects/dict.js";
import { getAttrSlow } from "./ops/attrs.js";

const kindOfValue = (w: number): number => {
  const v = valueOf(w);
  return isTaggedInt(v) ? -1 : layoutOf(v);
};
import { layoutOf } from "./objects/int.js";
import { listAppend, listGet, listLen, newList } from "./objects/list.js";
import { attrKey, initialSlots, rootMap } from "./objects/map.js";
import { newStr, strToJs } from "./objects/str.js";
import { newTuple, tupleItems } from "./objects/tuple.js";
import { PENDING, ROOT_EXC, ROOT_FRAME, ROOT_NONE, ROOT_TYPES, noneRef, throwPy } from "./state.js";
import { BUILTIN_IMPLS, T_OBJECT, T_TYPE, TYPES, type KwArgs, type TypeDesc, defineType, isSubtype, isTypeObject, typeDescOf, typeOf } from "./types.js";

// ---- lookup along the MRO, cached by (type, version, name)

/** The attribute `key` found in the dicts along t's MRO (descriptors not applied), or 0. */
export function lookupKey(t: TypeDesc, key: string, nameRef = 0): number {
  let cache = t.cache;
  if (cache === undefined || t.cacheVersion !== t.version) {
    cache = new Map();
    t.cache = cache;
    t.cacheVersion = t.version;
  }
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const name = nameRef !== 0 ? nameRef : newStr(key);
  let v = 0;
  for (const c of t.mro) {
    v = dictGet(loadRef(c.ref, L.TYPE_DICT), name);
    if (v !== 0) break;
  }
  // a young result may still move: it is cached once a collection has promoted it
  if (v === 0 || isTaggedInt(v) || v >= nurseryEnd) cache.set(key, v);
  return v;
}

/** lookupKey for a heap str name. */
export function lookupName(t: TypeDesc, name: number): number {
  return lookupKey(t, attrKey(name), name);
}

/** The JIT's view of the lookup: pure in (type object, version tag, name). */
export const typeLookup = elidable(function typeLookup(typeRef: Ref, version: Int, name: Ref): Ref {
  void version;
  return lookupName(typeDescOf(typeRef), name);
});

export function lookupInTypeJs(t: TypeDesc, name: string): number {
  return lookupKey(t, name);
}

/** The impl id of a builtin method object (unbound), or -1. */
function builtinImplOf(v: number): number {
  return v !== 0 && !isTaggedInt(v) && layoutOf(v) === L.L_BUILTIN ? loadI32(v, L.BUILTIN_IMPL) : -1;
}

/** Is v the builtin `owner.name` (e.g. object.__init__: not overridden)? */
export function isBuiltinMethod(v: number, owner: TypeDesc, name: string): boolean {
  const id = builtinImplOf(v);
  return id >= 0 && id === owner.methods.get(name);
}

/** Is v a builtin (not a Python-level override) method of any type? */
export function isBuiltinDescr(v: number): boolean {
  return builtinImplOf(v) >= 0;
}

/**
 * Calls a special method found on obj's type: functions and builtin methods directly with obj
 * as the first argument, other descriptors through __get__.
 */
export function callSpecial(descr: number, obj: number, args: readonly number[], kw: KwArgs | null = null): number {
  if (!isTaggedInt(descr)) {
    const l = layoutOf(descr);
    if (l === L.L_FUNCTION) return callFunction(descr, [obj, ...args], kw);
    if (l === L.L_BUILTIN && loadRef(descr, L.BUILTIN_SELF) === 0 && BUILTIN_IMPLS[loadI32(descr, L.BUILTIN_IMPL)]!.binding === "method") return callObject(descr, [obj, ...args], kw);
  }
  const mark = pushHandle(obj);
  try {
    for (const a of args) pushHandle(a);
    const bound = descrGet(descr, obj, typeOf(obj));
    const rooted: number[] = [];
    for (let i = 0; i < args.length; i++) rooted.push(getHandle(mark + 1 + i));
    return callObject(bound, rooted, kw);
  } finally {
    popHandles(mark);
  }
}

// ---- creating types

/** Builtin types a class may derive from whose instances carry a builtin value. */
export const VALUE_TYPES = new Set<TypeDesc>();

function acceptableBase(b: TypeDesc): boolean {
  return b.user === true || b === T_OBJECT || b === T_TYPE || VALUE_TYPES.has(b) || isExceptionType(b);
}

/** The type whose instance layout b's instances have (CPython's solid_base). */
function solidBase(b: TypeDesc): TypeDesc {
  if (b.user) return b.solid ?? T_OBJECT;
  if (isExceptionType(b)) return E.BaseException;
  return b;
}

/** The most derived metaclass of `meta` and the bases' metaclasses; TypeError on a conflict. */
export function calculateMeta(meta: TypeDesc, bases: readonly number[]): TypeDesc {
  let winner = meta;
  for (const b of bases) {
    const bm = typeOf(b);
    if (isSubtype(winner, bm)) continue;
    if (isSubtype(bm, winner)) {
      winner = bm;
      continue;
    }
    raise(E.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
  }
  return winner;
}

/** __build_class__(func, name, *bases, metaclass=..., **kw). */
export function buildClass(args: number[], kw: KwArgs | null): number {
  if (args.length < 2) raise(E.TypeError, "__build_class__: not enough arguments");
  if (isTaggedInt(args[0]!) || layoutOf(args[0]!) !== L.L_FUNCTION) raise(E.TypeError, "__build_class__: func must be a function");
  if (isTaggedInt(args[1]!) || layoutOf(args[1]!) !== L.L_STR) raise(E.TypeError, "__build_class__: name is not a string");
  const rest = kw ? new Map(kw) : null;
  const explicitMeta = rest?.get("metaclass");
  rest?.delete("metaclass");
  const mark = handleMark();
  try {
    const hFunc = pushHandle(args[0]!);
    const hName = pushHandle(args[1]!);
    const hBases = pushHandle(newTuple(args.slice(2)));
    const hOrigBases = pushHandle(getHandle(hBases));
    const resolved = resolveMroEntries(hBases);
    const hMeta = pushHandle(explicitMeta ?? 0);
    const kwNames = rest ? [...rest.keys()] : [];
    const hKw = handleMark();
    for (const k of kwNames) pushHandle(rest!.get(k)!);
    const bases = tupleItems(getHandle(hBases));
    let meta = explicitMeta ?? (bases.length > 0 ? typeOf(bases[0]!).ref : T_TYPE.ref);
    if (isTypeObject(meta)) meta = calculateMeta(typeDescOf(meta), bases).ref;
    setHandle(hMeta, meta);
    const hNs = pushHandle(meta === T_TYPE.ref ? newDict() : prepareNamespace(meta, getHandle(hName), getHandle(hBases), kwNames, hKw));
    runClassBody(getHandle(hFunc), getHandle(hNs));
    if (resolved) dictSet(getHandle(hNs), newStr("__orig_bases__"), getHandle(hOrigBases));
    const kwNow = (): KwArgs | null => {
      if (kwNames.length === 0) return null;
      const m = new Map<string, number>();
      kwNames.forEach((k, i) => m.set(k, getHandle(hKw + i)));
      return m;
    };
    meta = getHandle(hMeta);
    if (meta === T_TYPE.ref) return typeNew(T_TYPE, getHandle(hName), getHandle(hBases), getHandle(hNs), kwNow());
    return callObject(meta, [getHandle(hName), getHandle(hBases), getHandle(hNs)], kwNow());
  } finally {
    popHandles(mark);
  }
}

/** meta.__prepare__(name, bases, **kw): the class body's namespace (type's gives a new dict). */
function prepareNamespace(meta: number, name: number, bases: number, kwNames: readonly string[], hKw: number): number {
  const mark = handleMark();
  try {
    const hName = pushHandle(name);
    const hBases = pushHandle(bases);
    let prep: number;
    try {
      prep = getAttrSlow(meta, newStr("__prepare__"));
    } catch (e) {
      // a metaclass that is not a class (a function) may lack __prepare__: a plain dict then
      if (e !== PENDING || !isSubtype(typeOf(getRoot(ROOT_EXC)), E.AttributeError)) throw e;
      setRoot(ROOT_EXC, 0);
      return newDict();
    }
    const kw = kwNames.length === 0 ? null : new Map(kwNames.map((k, i) => [k, getHandle(hKw + i)] as [string, number]));
    const ns = callObject(prep, [getHandle(hName), getHandle(hBases)], kw);
    if (isTaggedInt(ns) || (layoutOf(ns) !== L.L_DICT && lookupKey(typeOf(ns), "__getitem__") === 0)) {
      raise(E.TypeError, `${isTypeObject(meta) ? typeDescOf(meta).name : "<metaclass>"}.__prepare__() must return a mapping, not ${typeOf(ns).name}`);
    }
    return ns;
  } finally {
    popHandles(mark);
  }
}

/** The names a `__slots__` value lists. */
function slotNames(v: number): string[] {
  if (!isTaggedInt(v) && layoutOf(v) === L.L_STR) return [strToJs(v)];
  const items = !isTaggedInt(v) && (layoutOf(v) === L.L_TUPLE || layoutOf(v) === L.L_LIST) ? (layoutOf(v) === L.L_TUPLE ? tupleItems(v) : Array.from({ length: listLen(v) }, (_, i) => listGet(v, i))) : raise(E.TypeError, `'${typeOf(v).name}' object is not iterable`);
  return items.map((x) => {
    if (isTaggedInt(x) || layoutOf(x) !== L.L_STR) raise(E.TypeError, `__slots__ items must be strings, not '${typeOf(x).name}'`);
    const s = strToJs(x);
    if (!/^[A-Za-z_\p{L}][\w\p{L}\p{N}]*$/u.test(s)) raise(E.TypeError, "__slots__ must be identifiers");
    return s;
  });
}

/**
 * type.__new__(meta, name, bases, ns, **kw): a new class. `ns` becomes the class's dict (the
 * caller must not use it afterwards); kw goes to `__init_subclass__`.
 */
export function typeNew(meta: TypeDesc, nameRef: number, basesRef: number, ns: number, kw: KwArgs | null): number {
  if (isTaggedInt(nameRef) || layoutOf(nameRef) !== L.L_STR) raise(E.TypeError, `type.__new__() argument 1 must be str, not ${typeOf(nameRef).name}`);
  if (isTaggedInt(basesRef) || layoutOf(basesRef) !== L.L_TUPLE) raise(E.TypeError, `type.__new__() argument 2 must be tuple, not ${typeOf(basesRef).name}`);
  // a dict subclass namespace (a metaclass's __prepare__) is copied into a plain dict
  if (!isTaggedInt(ns) && layoutOf(ns) === L.L_INSTANCE && kindOfValue(ns) === L.L_DICT) ns = dictCopy(valueOf(ns));
  if (isTaggedInt(ns) || layoutOf(ns) !== L.L_DICT) raise(E.TypeError, `type.__new__() argument 3 must be dict, not ${typeOf(ns).name}`);
  const baseRefs = tupleItems(basesRef);
  for (const b of baseRefs) if (!isTypeObject(b)) calculateMeta(meta, baseRefs);
  const bases = baseRefs.length > 0 ? baseRefs.map(typeDescOf) : [T_OBJECT];
  for (const b of bases) if (!acceptableBase(b)) raise(E.TypeError, `type '${b.name}' is not an acceptable base type`);
  bases.forEach((b, i) => {
    if (bases.indexOf(b) !== i) raise(E.TypeError, `duplicate base class ${b.name}`);
  });
  // the instance layout: every base's solid base must lie on one chain
  let solid = T_OBJECT;
  let best = bases[0]!;
  for (const b of bases) {
    const s = solidBase(b);
    if (isSubtype(solid, s)) continue;
    if (isSubtype(s, solid)) {
      solid = s;
      best = b;
      continue;
    }
    raise(E.TypeError, "multiple bases have instance lay-out conflict");
  }
  const nameJs = strToJs(nameRef);
  const tail = c3Linearize(T_OBJECT, bases).slice(1);
  const mark = handleMark();
  try {
    const hName = pushHandle(nameRef);
    const hNs = pushHandle(ns);
    const hBases = pushHandle(basesRef);
    const key = (k: string) => newStr(k);
    // CPython's implicit conversions of the namespace
    const nsNow = () => getHandle(hNs);
    const qual = dictGet(nsNow(), key("__qualname__"));
    if (qual !== 0 && (isTaggedInt(qual) || layoutOf(qual) !== L.L_STR)) raise(E.TypeError, `type __qualname__ must be a str, not ${typeOf(qual).name}`);
    const qualname = qual !== 0 ? strToJs(qual) : nameJs;
    dictDelete(nsNow(), key("__qualname__"));
    const hCell = pushHandle(dictDelete(nsNow(), key("__classcell__")));
    for (const [name, wrapper] of [["__new__", newStaticMethod], ["__init_subclass__", newClassMethod], ["__class_getitem__", newClassMethod]] as const) {
      const f = dictGet(nsNow(), key(name));
      if (f !== 0 && !isTaggedInt(f) && layoutOf(f) === L.L_FUNCTION) dictSet(nsNow(), key(name), wrapper(f));
    }
    if (dictGet(nsNow(), key("__eq__")) !== 0 && dictGet(nsNow(), key("__hash__")) === 0) dictSet(nsNow(), key("__hash__"), noneRef());
    if (dictGet(nsNow(), key("__module__")) === 0) {
      const frame = getRoot(ROOT_FRAME);
      const g = frame === 0 ? 0 : dictGet(loadRef(frame, L.FRAME_GLOBALS), key("__name__"));
      if (g !== 0) dictSet(nsNow(), key("__module__"), g);
    }
    // __slots__
    const slotsV = dictGet(nsNow(), key("__slots__"));
    const ownSlots = slotsV === 0 ? null : slotNames(slotsV);
    const baseSlots = Math.max(0, ...bases.map((b) => b.nslots ?? 0));
    for (const b of bases) if ((b.nslots ?? 0) > 0 && !isSubtype(best, b) && b !== best) raise(E.TypeError, "multiple bases have instance lay-out conflict");
    const inheritedDict = bases.some((b) => b.hasDict === true || isExceptionType(b));
    const memberNames = ownSlots ? ownSlots.filter((s) => s !== "__dict__" && s !== "__weakref__") : [];
    for (const s of memberNames) if (dictGet(nsNow(), key(s)) !== 0) raise(E.ValueError, `'${s}' in __slots__ conflicts with class variable`);
    if (memberNames.length > 0 && VALUE_TYPES.has(solid) && !["list", "dict", "set"].includes(solid.name)) raise(E.TypeError, `nonempty __slots__ not supported for subtype of '${solid.name}'`);

    const t = defineType(nameJs, best, [], bases, []);
    (t as { mro: readonly TypeDesc[] }).mro = [t, ...tail];
    t.user = true;
    t.qualname = qualname;
    t.nslots = baseSlots + memberNames.length;
    t.hasDict = ownSlots === null || ownSlots.includes("__dict__") || inheritedDict;
    t.solid = memberNames.length > 0 ? t : solid;
    t.valueBase = t.mro.find((c) => VALUE_TYPES.has(c)) ?? null;
    const obj = allocFixed(L.L_TYPE);
    storeI32(obj, L.TYPE_ID, t.id);
    initRef(obj, L.TYPE_NAME, getHandle(hName));
    initRef(obj, L.TYPE_DICT, nsNow());
    initRef(obj, L.TYPE_BASE, best.ref);
    initRef(obj, L.TYPE_BASES, getHandle(hBases) === getRoot(ROOT_NONE) || baseRefs.length === 0 ? newTuple([T_OBJECT.ref]) : getHandle(hBases));
    initRef(obj, L.TYPE_MRO, newTuple([obj, ...tail.map((c) => c.ref)]));
    initRef(obj, L.TYPE_META, meta === T_TYPE ? 0 : meta.ref);
    storeI32(obj, L.TYPE_VERSION, t.version);
    memberNames.forEach((s, i) => dictSet(nsNow(), key(s), newMember(obj, key(s), baseSlots + i)));
    // register it (ROOT_TYPES grows by one), then promote it to the old space
    const old = getRoot(ROOT_TYPES);
    const arr = allocVar(REF_ARRAY, TYPES.length);
    for (let i = 0; i < varLength(old); i++) initRef(arr, ARRAY_ITEMS + 4 * i, loadRef(old, ARRAY_ITEMS + 4 * i));
    initRef(arr, ARRAY_ITEMS + 4 * t.id, obj);
    setRoot(ROOT_TYPES, arr);
    collect(false);
    t.ref = loadRef(getRoot(ROOT_TYPES), ARRAY_ITEMS + 4 * t.id);
    rootMap(t);
    const cell = getHandle(hCell);
    if (cell !== 0 && !isTaggedInt(cell) && layoutOf(cell) === L.L_CELL) storeRef(cell, L.CELL_VALUE, t.ref);
    initNewType(t, kw);
    return t.ref;
  } finally {
    popHandles(mark);
  }
}

/** __set_name__ on the namespace's values, then the parent's __init_subclass__(**kw). */
function initNewType(t: TypeDesc, kw: KwArgs | null): void {
  const mark = handleMark();
  try {
    // the pairs are copied into a rooted list: __set_name__ runs Python code
    const hPairs = pushHandle(newList());
    for (const [k, v] of entries(loadRef(t.ref, L.TYPE_DICT))) {
      listAppend(getHandle(hPairs), k);
      listAppend(getHandle(hPairs), v);
    }
    for (let i = 0; i < listLen(getHandle(hPairs)); i += 2) {
      const v = listGet(getHandle(hPairs), i + 1);
      if (!isTaggedInt(v) && layoutOf(v) === L.L_PROPERTY) storeRef(v, L.PROP_NAME, listGet(getHandle(hPairs), i));
      if (isTaggedInt(v) || !typeOf(v).user) continue;
      const setName = lookupKey(typeOf(v), "__set_name__");
      if (setName === 0) continue;
      try {
        callSpecial(setName, v, [t.ref, listGet(getHandle(hPairs), i)]);
      } catch (e) {
        if (e !== PENDING) throw e;
        // CPython 3.11 wraps the error, chained as its cause
        const cause = getRoot(ROOT_EXC);
        const key = strToJs(listGet(getHandle(hPairs), i));
        const wrapped = newException(E.RuntimeError, [newStr(`Error calling __set_name__ on '${typeOf(listGet(getHandle(hPairs), i + 1)).name}' instance '${key}' in '${t.name}'`)]);
        storeRef(wrapped, L.EXC_CAUSE, cause);
        storeRef(wrapped, L.EXC_CONTEXT, cause);
        throwPy(wrapped);
      }
    }
    // super(t, t).__init_subclass__(**kw)
    for (const c of t.mro.slice(1)) {
      const f = dictGet(loadRef(c.ref, L.TYPE_DICT), newStr("__init_subclass__"));
      if (f === 0) continue;
      callObject(descrGet(f, 0, t), [], kw && kw.size > 0 ? kw : null);
      return;
    }
  } finally {
    popHandles(mark);
  }
}

/** object.__init_subclass__: accepts no keywords. */
export function objectInitSubclass(args: number[], kw: KwArgs | null): number {
  if (kw && kw.size > 0) raise(E.TypeError, `${typeDescOf(args[0]!).name}.__init_subclass__() takes no keyword arguments`);
  if (args.length > 1) raise(E.TypeError, `${typeDescOf(args[0]!).name}.__init_subclass__() takes no arguments (${args.length - 1} given)`);
  return noneRef();
}

// ---- instantiation

/** A new py.Instance of user type t (no __init__ run); `value` for builtin-value subclasses. */
export function newInstance(t: TypeDesc, value = 0): number {
  const slots = initialSlots(t);
  const inst = allocFixed(L.L_INSTANCE);
  initRef(inst, L.INST_TYPE, t.ref);
  storeI32(inst, L.INST_MAP, rootMap(t).id);
  initRef(inst, L.INST_SLOTS, slots);
  initRef(inst, L.INST_VALUE, value);
  return inst;
}

/** object.__new__(cls, *args): CPython's argument rules, then a bare instance. */
export function objectNew(args: number[], kw: KwArgs | null): number {
  if (args.length === 0) raise(E.TypeError, "object.__new__(): not enough arguments");
  const clsRef = args[0]!;
  if (!isTypeObject(clsRef)) raise(E.TypeError, `object.__new__(X): X is not a type object (${typeOf(clsRef).name})`);
  const t = typeDescOf(clsRef);
  const excess = args.length > 1 || (kw !== null && kw.size > 0);
  if (excess) {
    if (!isBuiltinMethod(lookupKey(t, "__new__"), T_OBJECT, "__new__")) raise(E.TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
    if (isBuiltinMethod(lookupKey(t, "__init__"), T_OBJECT, "__init__")) raise(E.TypeError, `${t.name}() takes no arguments`);
  }
  if (!t.user) {
    if (t === T_OBJECT) return newInstance(t);
    raise(E.TypeError, `object.__new__(${t.name}) is not safe, use ${t.name}.__new__()`);
  }
  if (isExceptionType(t)) return newException(t, args.slice(1));
  if (t.valueBase) raise(E.TypeError, `object.__new__(${t.name}) is not safe, use ${t.valueBase.name}.__new__()`);
  return newInstance(t);
}

/** object.__init__(self, *args): CPython's rules for extra arguments. */
export function objectInit(args: number[], kw: KwArgs | null): number {
  const excess = args.length > 1 || (kw !== null && kw.size > 0);
  if (excess) {
    const t = typeOf(args[0]!);
    if (!isBuiltinMethod(lookupKey(t, "__init__"), T_OBJECT, "__init__")) raise(E.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    if (isBuiltinMethod(lookupKey(t, "__new__"), T_OBJECT, "__new__")) raise(E.TypeError, `${t.name}() takes no arguments`);
  }
  return noneRef();
}

/**
 * type.__call__(cls, *args, **kw): obj = cls.__new__(cls, ...); then, if obj is an instance of
 * cls, type(obj).__init__(obj, ...). The common case (no __new__ override, a Python __init__)
 * allocates directly.
 */
interface CallInfo {
  version: number;
  /** object.__new__ and a Python __init__: allocate, then call the function directly. */
  plainInit: number;
}

function callInfo(t: TypeDesc): CallInfo {
  let c = t.callInfo as CallInfo | undefined;
  if (c === undefined || c.version !== t.version) {
    const init = lookupKey(t, "__init__");
    const simple = t.user === true && !isExceptionType(t) && !t.valueBase && isBuiltinMethod(lookupKey(t, "__new__"), T_OBJECT, "__new__");
    const pyInit = init !== 0 && !isTaggedInt(init) && layoutOf(init) === L.L_FUNCTION && init >= nurseryEnd;
    c = { version: t.version, plainInit: simple && pyInit ? init : 0 };
    t.callInfo = c;
  }
  return c;
}

/**
 * C(...) with the n arguments in slots [first, first + n) of the caller's frame, when C has
 * object.__new__ and a plain Python __init__ callSimple can bind: no JS array, no handles
 * for the arguments. NOT_SIMPLE_CALL when that does not apply (nothing was done then).
 */
export function constructFromStack(t: TypeDesc, frame: number, first: number, n: number): number {
  const init = callInfo(t).plainInit;
  if (init === 0 || !isSimpleCall(init, n + 1)) return NOT_SIMPLE_CALL;
  // allocation never collects: the frame and the arguments stay where they are until the call
  const h = pushHandle(newInstance(t));
  try {
    const r = callSimple(init, getHandle(h), frame, first, n);
    if (r === 0) return 0;
    if (r !== getRoot(ROOT_NONE)) raise(E.TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
    return getHandle(h);
  } finally {
    popHandles(h);
  }
}

export function typeCall(t: TypeDesc, args: readonly number[], kw: KwArgs | null): number {
  const plainInit = callInfo(t).plainInit;
  if (plainInit !== 0) {
    // allocation never collects: args stay valid until the call binds them
    const h = pushHandle(newInstance(t));
    try {
      const r = callFunction(plainInit, [getHandle(h), ...args], kw);
      if (r !== getRoot(ROOT_NONE)) raise(E.TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
      return getHandle(h);
    } finally {
      popHandles(h);
    }
  }
  const newFn = lookupKey(t, "__new__");
  const mark = handleMark();
  try {
    let obj: number;
    const hArgs = handleMark();
    for (const a of args) pushHandle(a);
    const kwNames = kw ? [...kw.keys()] : [];
    const hKw = handleMark();
    for (const k of kwNames) pushHandle(kw!.get(k)!);
    const argsNow = () => args.map((_, i) => getHandle(hArgs + i));
    const kwNow = (): KwArgs | null => {
      if (kw === null) return null;
      const m = new Map<string, number>();
      kwNames.forEach((k, i) => m.set(k, getHandle(hKw + i)));
      return m;
    };
    if (isBuiltinMethod(newFn, T_OBJECT, "__new__") && t.user && !isExceptionType(t) && !t.valueBase) {
      if (args.length > 0 || (kw !== null && kw.size > 0)) objectNew([t.ref, ...args], kw); // raises if it must
      obj = newInstance(t);
    } else {
      obj = callObject(descrGet(newFn, 0, t), [t.ref, ...argsNow()], kwNow());
    }
    if (isTaggedInt(obj) || !isSubtype(typeOf(obj), t)) return obj;
    const ot = typeOf(obj);
    const init = lookupKey(ot, "__init__");
    if (isBuiltinMethod(init, T_OBJECT, "__init__")) {
      if (args.length > 0 || (kw !== null && kw.size > 0)) objectInit([obj, ...args], kw);
      return obj;
    }
    const hObj = pushHandle(obj);
    const r = callSpecial(init, obj, argsNow(), kwNow());
    if (r !== getRoot(ROOT_NONE)) raise(E.TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
    return getHandle(hObj);
  } finally {
    popHandles(mark);
  }
}

/** Kept for callers of the earlier API: calling a user class. */
export function instantiate(t: TypeDesc, args: readonly number[], kw: KwArgs | null): number {
  return typeCall(t, args, kw);
}

/** type(x) or type(name, bases, ns) (the metaclass of the bases decides). */
export function typeConstruct(args: number[], kw: KwArgs | null): number {
  if (args.length === 1 && (kw === null || kw.size === 0)) return typeOf(args[0]!).ref;
  if (args.length !== 3) raise(E.TypeError, "type() takes 1 or 3 arguments");
  if (isTaggedInt(args[1]!) || layoutOf(args[1]!) !== L.L_TUPLE) raise(E.TypeError, `type.__new__() argument 2 must be tuple, not ${typeOf(args[1]!).name}`);
  const winner = calculateMeta(T_TYPE, tupleItems(args[1]!));
  if (winner !== T_TYPE) return callObject(winner.ref, args, kw);
  return typeNew(T_TYPE, args[0]!, args[1]!, args[2]!, kw);
}

/** type.__new__(mcs, name, bases, ns, **kw) and type.__new__(type, x). */
export function typeNewBuiltin(args: number[], kw: KwArgs | null): number {
  if (args.length === 0 || !isTypeObject(args[0]!)) raise(E.TypeError, "type.__new__(X): X is not a type object");
  const mcs = typeDescOf(args[0]!);
  if (mcs === T_TYPE && args.length === 2) return typeOf(args[1]!).ref;
  if (args.length !== 4) raise(E.TypeError, "type.__new__() takes exactly 3 arguments");
  if (!isSubtype(mcs, T_TYPE)) raise(E.TypeError, `type.__new__(${mcs.name}): ${mcs.name} is not a subtype of type`);
  return typeNew(mcs, args[1]!, args[2]!, args[3]!, kw);
}

// ---- super()

/**
 * super() with no arguments, called from a method: the class is the caller's `__class__` cell,
 * the instance its first argument (a cell when the method's `self` is captured).
 */
export function superCall(args: readonly number[]): number {
  let cls: number;
  let self: number;
  if (args.length === 2 || args.length === 1) [cls, self] = [args[0]!, args[1] ?? 0];
  else if (args.length === 0) {
    const frame = getRoot(ROOT_FRAME);
    const code = loadRef(frame, L.FRAME_CODE);
    const nlocals = loadI32(code, L.CODE_NLOCALS);
    const ncells = loadI32(code, L.CODE_NCELLS);
    const nfree = loadI32(code, L.CODE_NFREE);
    if (loadI32(code, L.CODE_ARGCOUNT) === 0 || nlocals === 0) raise(E.RuntimeError, "super(): no arguments");
    self = loadRef(frame, L.FRAME_SLOTS);
    cls = 0;
    const co = codeInfo(code);
    const names = co.freevars;
    for (let i = 0; i < nfree; i++) {
      if (names[i] === "__class__") cls = loadRef(loadRef(frame, L.FRAME_SLOTS + 4 * (nlocals + ncells + i)), L.CELL_VALUE);
    }
    if (cls === 0 && nfree === 0 && !names.includes("__class__")) raise(E.RuntimeError, "super(): __class__ cell not found");
    if (cls === 0) raise(E.RuntimeError, "super(): empty __class__ cell");
    // the first argument may have been moved into a cell (captured by a nested function)
    const ci = co.cellvars.indexOf(co.varnames[0]!);
    if (ci >= 0) self = loadRef(loadRef(frame, L.FRAME_SLOTS + 4 * (nlocals + ci)), L.CELL_VALUE);
    if (self === 0) raise(E.RuntimeError, "super(): arg[0] deleted");
  } else return raise(E.TypeError, `super() takes at most 2 arguments (${args.length} given)`);
  if (!isTypeObject(cls)) raise(E.TypeError, `super() argument 1 must be a type, not ${typeOf(cls).name}`);
  if (self !== 0) superStartType(typeDescOf(cls), self);
  const m = allocFixed(L.L_SUPER);
  initRef(m, L.SUPER_TYPE, cls);
  initRef(m, L.SUPER_SELF, self);
  return m;
}

/** The type whose MRO a super(cls, obj) lookup walks: obj's type, or obj if it is a subclass. */
function superStartType(cls: TypeDesc, obj: number): TypeDesc {
  if (isTypeObject(obj) && isSubtype(typeDescOf(obj), cls)) return typeDescOf(obj);
  const t = typeOf(obj);
  if (isSubtype(t, cls)) return t;
  return raise(E.TypeError, "super(type, obj): obj must be an instance or subtype of type");
}

/** Attribute lookup on a super object: the MRO of obj's type after cls; 0 if not found. */
export function superLookup(sup: number, name: number): number {
  const cls = typeDescOf(loadRef(sup, L.SUPER_TYPE));
  const self = loadRef(sup, L.SUPER_SELF);
  if (self === 0) return 0;
  const start = superStartType(cls, self);
  const mro = start.mro;
  let i = mro.indexOf(cls) + 1;
  if (attrKey(name) === "__class__") return 0;
  for (; i > 0 && i < mro.length; i++) {
    const v = dictGet(loadRef(mro[i]!.ref, L.TYPE_DICT), name);
    if (v !== 0) return descrGet(v, self === start.ref ? 0 : self, start);
  }
  return 0;
}

export function superGetAttr(sup: number, name: number): number {
  const v = superLookup(sup, name);
  if (v !== 0) return v;
  return raise(E.AttributeError, `'super' object has no attribute '${strToJs(name)}'`);
}

export function superRepr(sup: number): string {
  const cls = typeDescOf(loadRef(sup, L.SUPER_TYPE));
  const self = loadRef(sup, L.SUPER_SELF);
  if (self === 0) return `<super: <class '${cls.name}'>, NULL>`;
  return `<super: <class '${cls.name}'>, <${typeOf(self).name} object>>`;
}

// ---- small queries other modules use

export function isUserType(t: TypeDesc): boolean {
  return t.user === true;
}

export function isUserObject(w: number): boolean {
  return !isTaggedInt(w) && w !== 0 && typeOf(w).user === true;
}

/** The builtin value of an instance of a builtin-value subclass (`class C(list)`), else w. */
export function valueOf(w: number): number {
  if (isTaggedInt(w) || w === 0 || layoutOf(w) !== L.L_INSTANCE) return w;
  const v = loadRef(w, L.INST_VALUE);
  return v === 0 ? w : v;
}

/** `module.qualname` of a type, as repr shows it (builtins: just the name). */
export function typeFullName(t: TypeDesc): string {
  if (!t.user) return t.name;
  const m = dictGet(loadRef(t.ref, L.TYPE_DICT), newStr("__module__"));
  const mod = m !== 0 && !isTaggedInt(m) && layoutOf(m) === L.L_STR ? strToJs(m) : "builtins";
  return mod === "builtins" ? (t.qualname ?? t.name) : `${mod}.${t.qualname ?? t.name}`;
}

/** Is the attribute a data descriptor on t (kept here for attrs.ts). */
export function isDataDescriptor(v: number): boolean {
  return descrKind(v) === DATA;
}

export { isSubtype };
export * from "./dunders.js";
