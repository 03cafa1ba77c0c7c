/*
 * classes.ts — user-defined classes: `__build_class__`, instances, attribute lookup along the
 * base chain, bound methods, `super()`. Residual code.
 *
 * A `class` statement compiles to `__build_class__(body, name, *bases)`. The body function runs
 * with a fresh dict as its locals (runClassBody); that dict becomes the type object's dict. A
 * body that uses `__class__` (zero-argument super()) returns the `__class__` cell, which is
 * filled with the new type. Only single inheritance is supported, from `object`, another user
 * class or an exception class, so the MRO is the base chain (TypeDesc.base).
 *
 * Type objects must not move (TypeDesc.ref caches the address; the JIT bakes type references
 * into traces), so a new type object is registered in ROOT_TYPES and promoted right away with a
 * minor collection. Class statements are rare, so one collection each is cheap; every reference
 * still needed across it (and across the body) is in a handle.
 *
 * Instances are py.Instance (type + a per-instance dict); maps/hidden classes are the later
 * optimization. Instances of user exception classes are ordinary py.Exception objects carrying
 * the user type, with their attributes in the exception's (lazily created) dict.
 */

import { ARRAY_ITEMS, REF_ARRAY, allocFixed, allocVar, collect, getHandle, getRoot, initRef, isTaggedInt, loadI32, loadRef, popHandles, pushHandle, setRoot, storeI32, storeRef, varLength } from "../gc/index.js";
import { callFunction, runClassBody } from "./call.js";
import { codeInfo } from "./code.js";
import { E, isExceptionType, newException, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictDelete, dictGet, newDict } from "./objects/dict.js";
import { layoutOf } from "./objects/int.js";
import { newStr, strToJs } from "./objects/str.js";
import { PENDING, ROOT_EXC, ROOT_FALSE, ROOT_FRAME, ROOT_NONE, ROOT_NOTIMPL, ROOT_TRUE, ROOT_TYPES } from "./state.js";
import { T_OBJECT, TYPES, type KwArgs, type TypeDesc, defineType, isSubtype, isTypeObject, typeDescOf, typeOf } from "./types.js";

/** __build_class__(func, name, *bases). */
export function buildClass(args: number[], kw: KwArgs | null): number {
  if (args.length < 2) raise(E.TypeError, "__build_class__: not enough arguments");
  if (kw && kw.size > 0) raise(E.NotImplementedError, "pypy-ts: class keyword arguments (metaclass=...) are not supported yet");
  const bases = args.slice(2);
  if (bases.length > 1) raise(E.NotImplementedError, "pypy-ts: multiple inheritance is not supported yet");
  let base: TypeDesc = T_OBJECT;
  if (bases.length === 1) {
    if (!isTypeObject(bases[0]!)) raise(E.TypeError, "bases must be types");
    base = typeDescOf(bases[0]!);
    if (!base.user && base !== T_OBJECT && !isExceptionType(base)) raise(E.NotImplementedError, `pypy-ts: subclassing '${base.name}' is not supported yet`);
  }
  const nameJs = strToJs(args[1]!);
  const mark = pushHandle(args[1]!);
  try {
    const hNs = pushHandle(newDict());
    const r = runClassBody(args[0]!, getHandle(hNs));
    const hCell = pushHandle(!isTaggedInt(r) && layoutOf(r) === L.L_CELL ? r : 0);
    const ns = getHandle(hNs);
    dictDelete(ns, newStr("__classcell__"));
    const t = defineType(nameJs, base);
    t.user = true;
    const obj = allocFixed(L.L_TYPE);
    storeI32(obj, L.TYPE_ID, t.id);
    initRef(obj, L.TYPE_NAME, getHandle(mark));
    initRef(obj, L.TYPE_DICT, ns);
    initRef(obj, L.TYPE_BASE, base.ref);
    // register it (ROOT_TYPES grows by one), then promote it to the old space
    const old = getRoot(ROOT_TYPES);
    const arr = allocVar(REF_ARRAY, TYPES.length);
    for (let i = 0; i < varLength(old); i++) initRef(arr, ARRAY_ITEMS + 4 * i, loadRef(old, ARRAY_ITEMS + 4 * i));
    initRef(arr, ARRAY_ITEMS + 4 * t.id, obj);
    setRoot(ROOT_TYPES, arr);
    collect(false);
    t.ref = loadRef(getRoot(ROOT_TYPES), ARRAY_ITEMS + 4 * t.id);
    const cell = getHandle(hCell);
    if (cell !== 0) storeRef(cell, L.CELL_VALUE, t.ref);
    return t.ref;
  } finally {
    popHandles(mark);
  }
}

/** The attribute `name` found in the dicts along t's base chain, or 0. */
export function lookupInType(t: TypeDesc, name: number): number {
  for (let c: TypeDesc | null = t; c !== null; c = c.base) {
    const v = dictGet(loadRef(c.ref, L.TYPE_DICT), name);
    if (v !== 0) return v;
  }
  return 0;
}

export function lookupInTypeJs(t: TypeDesc, name: string): number {
  return lookupInType(t, newStr(name));
}

/** The value of a class attribute as seen through an instance: functions are bound. */
export function bindAttr(v: number, obj: number): number {
  if (isTaggedInt(v)) return v;
  switch (layoutOf(v)) {
    case L.L_FUNCTION: {
      const m = allocFixed(L.L_METHOD);
      initRef(m, L.METHOD_FUNC, v);
      initRef(m, L.METHOD_SELF, obj);
      return m;
    }
    case L.L_BUILTIN: {
      if (loadRef(v, L.BUILTIN_SELF) !== 0) return v;
      const b = allocFixed(L.L_BUILTIN);
      storeI32(b, L.BUILTIN_IMPL, loadI32(v, L.BUILTIN_IMPL));
      initRef(b, L.BUILTIN_SELF, obj);
      return b;
    }
  }
  return v;
}

/** The instance attribute dict of obj (created for exceptions on demand), or 0 if it has none. */
export function instanceDict(obj: number, create: boolean): number {
  if (isTaggedInt(obj)) return 0;
  const l = layoutOf(obj);
  if (l === L.L_INSTANCE) return loadRef(obj, L.INST_DICT);
  if (l === L.L_EXCEPTION) {
    let d = loadRef(obj, L.EXC_DICT);
    if (d === 0 && create) {
      d = newDict();
      storeRef(obj, L.EXC_DICT, d);
    }
    return d;
  }
  return 0;
}

/** Calls a user class: a new instance, then __init__ if the class (or a base) defines one in Python. */
export function instantiate(t: TypeDesc, args: readonly number[], kw: KwArgs | null): number {
  const exc = isExceptionType(t);
  let inst: number;
  if (exc) inst = newException(t, args);
  else {
    const d = newDict();
    inst = allocFixed(L.L_INSTANCE);
    initRef(inst, L.INST_TYPE, t.ref);
    initRef(inst, L.INST_DICT, d);
  }
  const init = lookupInTypeJs(t, "__init__");
  if (init !== 0 && !isTaggedInt(init) && layoutOf(init) === L.L_FUNCTION) {
    const h = pushHandle(inst);
    try {
      const r = callFunction(init, [inst, ...args], kw);
      if (r !== getRoot(ROOT_NONE)) raise(E.TypeError, `__init__() should return None, not '${typeOf(r).name}'`);
      return getHandle(h);
    } finally {
      popHandles(h);
    }
  }
  if (!exc && (args.length > 0 || (kw !== null && kw.size > 0))) raise(E.TypeError, `${t.name}() takes no arguments`);
  return inst;
}

/**
 * super() with no arguments, called from a method: the class is the caller's `__class__` cell,
 * the instance its first argument (a cell when the method's `self` is captured).
 */
export function superCall(args: readonly number[]): number {
  let cls: number;
  let self: number;
  if (args.length === 2) [cls, self] = [args[0]!, args[1]!];
  else if (args.length === 0) {
    const frame = getRoot(ROOT_FRAME);
    const code = loadRef(frame, L.FRAME_CODE);
    const nlocals = loadI32(code, L.CODE_NLOCALS);
    const ncells = loadI32(code, L.CODE_NCELLS);
    const nfree = loadI32(code, L.CODE_NFREE);
    if (loadI32(code, L.CODE_ARGCOUNT) === 0 || nlocals === 0) raise(E.RuntimeError, "super(): no arguments");
    self = loadRef(frame, L.FRAME_SLOTS);
    cls = 0;
    // the __class__ cell is the last free variable (the compiler names it); find it by name
    const names = codeInfo(code).freevars;
    for (let i = 0; i < nfree; i++) {
      if (names[i] === "__class__") cls = loadRef(loadRef(frame, L.FRAME_SLOTS + 4 * (nlocals + ncells + i)), L.CELL_VALUE);
    }
    if (cls === 0) raise(E.RuntimeError, "super(): __class__ cell not found");
    if (self !== 0 && !isTaggedInt(self) && layoutOf(self) === L.L_CELL) self = loadRef(self, L.CELL_VALUE);
  } else return raise(E.TypeError, "super() takes 0 or 2 arguments");
  if (!isTypeObject(cls)) raise(E.TypeError, `super() argument 1 must be a type, not ${typeOf(cls).name}`);
  const m = allocFixed(L.L_SUPER);
  initRef(m, L.SUPER_TYPE, cls);
  initRef(m, L.SUPER_SELF, self);
  return m;
}

/** Attribute lookup on a super object: start after the class in the instance's MRO. */
export function superGetAttr(sup: number, name: number): number {
  const cls = typeDescOf(loadRef(sup, L.SUPER_TYPE));
  const self = loadRef(sup, L.SUPER_SELF);
  if (cls.base !== null) {
    const v = lookupInType(cls.base, name);
    if (v !== 0) return bindAttr(v, self);
  }
  return raise(E.AttributeError, `'super' object has no attribute '${strToJs(name)}'`);
}

export function isUserType(t: TypeDesc): boolean {
  return t.user === true;
}

export { isSubtype };

// ---- special methods of user classes (dunder dispatch from the builtin operations)
//
// Each helper runs Python code, so callers must not keep raw references across it; the
// helpers themselves keep what they need afterwards in handles.

/** The Python function `name` of obj's user class (along the base chain), or 0. */
export function userMethod(obj: number, name: string): number {
  if (isTaggedInt(obj) || obj === 0) return 0;
  const t = typeOf(obj);
  if (!t.user) return 0;
  const v = lookupInTypeJs(t, name);
  return v !== 0 && !isTaggedInt(v) && layoutOf(v) === L.L_FUNCTION ? v : 0;
}

export function isUserObject(w: number): boolean {
  return !isTaggedInt(w) && w !== 0 && typeOf(w).user === true;
}

/** obj.name(*args) for a user special method, or 0 when the class does not define it. */
export function callDunder(obj: number, name: string, args: readonly number[]): number {
  const f = userMethod(obj, name);
  if (f === 0) return 0;
  return callFunction(f, [obj, ...args], null);
}

const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];

/** A rich comparison involving a user object: the result, or 0 if unsupported (no Python error). */
export function userCompare(op: number, a: number, b: number): number {
  const mark = pushHandle(a);
  pushHandle(b);
  try {
    const notImpl = () => getRoot(ROOT_NOTIMPL);
    let r = callDunder(getHandle(mark), CMP_NAMES[op]!, [getHandle(mark + 1)]);
    if (r !== 0 && r !== notImpl()) return r;
    r = callDunder(getHandle(mark + 1), CMP_NAMES[CMP_SWAP[op]!]!, [getHandle(mark)]);
    if (r !== 0 && r !== notImpl()) return r;
    if (op === 3) {
      r = callDunder(getHandle(mark), "__eq__", [getHandle(mark + 1)]);
      if (r !== 0 && r !== notImpl()) return getRoot(truthyHook(r) ? ROOT_FALSE : ROOT_TRUE);
    }
    if (op === 2 || op === 3) return getRoot((getHandle(mark) === getHandle(mark + 1)) === (op === 2) ? ROOT_TRUE : ROOT_FALSE);
    return 0;
  } finally {
    popHandles(mark);
  }
}

let truthyHook: (w: number) => boolean = () => true;
export function setTruthyHook(f: (w: number) => boolean): void {
  truthyHook = f;
}

/** len() of a user object: -1 if it has no __len__. */
export function userLen(obj: number): number {
  const r = callDunder(obj, "__len__", []);
  if (r === 0) return -1;
  if (!isTaggedInt(r)) raise(E.TypeError, `'${typeOf(r).name}' object cannot be interpreted as an integer`);
  const n = r >> 1;
  if (n < 0) raise(E.ValueError, "__len__() should return >= 0");
  return n;
}

/** bool() of a user object: __bool__, then __len__, else true. */
export function userTruthy(obj: number): boolean {
  const h = pushHandle(obj);
  try {
    const r = callDunder(obj, "__bool__", []);
    if (r !== 0) {
      if (r === getRoot(ROOT_TRUE)) return true;
      if (r === getRoot(ROOT_FALSE)) return false;
      raise(E.TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`);
    }
    const n = userLen(getHandle(h));
    return n !== 0;
  } finally {
    popHandles(h);
  }
}

/** repr()/str() of a user object through __repr__/__str__, or null if the class has neither. */
export function userReprStr(obj: number, str: boolean): string | null {
  const h = pushHandle(obj);
  try {
    let r = str ? callDunder(obj, "__str__", []) : 0;
    if (r === 0) r = callDunder(getHandle(h), "__repr__", []);
    if (r === 0) return null;
    if (isTaggedInt(r) || layoutOf(r) !== L.L_STR) raise(E.TypeError, `${str ? "__str__" : "__repr__"} returned non-string (type ${typeOf(r).name})`);
    return strToJs(r);
  } finally {
    popHandles(h);
  }
}

/** next() on a user iterator: the item, or 0 when its __next__ raised StopIteration. */
export function userNext(it: number): number {
  const f = userMethod(it, "__next__");
  if (f === 0) return 0;
  try {
    return callFunction(f, [it], null);
  } catch (e) {
    const exc = getRoot(ROOT_EXC);
    if (e === PENDING && exc !== 0 && isSubtype(typeOf(exc), E.StopIteration)) {
      setRoot(ROOT_EXC, 0);
      return 0;
    }
    throw e;
  }
}
