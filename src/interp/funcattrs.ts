/*
 * funcattrs.ts — the attributes of Python function objects.
 *
 * CPython's function type serves __name__, __qualname__, __doc__, __module__, __defaults__,
 * __kwdefaults__, __annotations__, __globals__, __closure__ and __dict__ through data
 * descriptors, so they win over the function's __dict__; everything else (functools.wraps'
 * __wrapped__, user attributes) lives in the __dict__, created on the first store.
 */

import { ARRAY_ITEMS, isTaggedInt, loadRef, storeRef, varLength } from "../gc/index.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictDelete, dictGet, dictSet, newDict } from "./objects/dict.js";
import { layoutOf } from "./objects/int.js";
import { newStr } from "./objects/str.js";
import { tupleItems } from "./objects/tuple.js";
import { noneRef } from "./state.js";
import { typeOf } from "./types.js";

function isKind(v: number, l: number): boolean {
  return v !== 0 && !isTaggedInt(v) && layoutOf(v) === l;
}

function funcDict(f: number): number {
  let d = loadRef(f, L.FUNC_DICT);
  if (d === 0) {
    d = newDict();
    storeRef(f, L.FUNC_DICT, d);
  }
  return d;
}

/** The annotations dict, built from MAKE_FUNCTION's (name, value, ...) tuple on first access. */
function annotations(f: number): number {
  const a = loadRef(f, L.FUNC_ANNOTATIONS);
  if (isKind(a, L.L_DICT)) return a;
  const d = newDict();
  if (a !== 0) {
    const items = tupleItems(a);
    for (let i = 0; i + 1 < items.length; i += 2) dictSet(d, items[i]!, items[i + 1]!);
  }
  storeRef(f, L.FUNC_ANNOTATIONS, d);
  return d;
}

/** The docstring: the code's first constant when it is a str (the compiler puts it there). */
function defaultDoc(f: number): number {
  const consts = loadRef(loadRef(f, L.FUNC_CODE), L.CODE_CONSTS);
  if (varLength(consts) === 0) return noneRef();
  const c = loadRef(consts, ARRAY_ITEMS);
  return isKind(c, L.L_STR) ? c : noneRef();
}

/** f.<key>, or 0 when the function has no such attribute. */
export function funcGetAttr(f: number, key: string, name: number): number {
  switch (key) {
    case "__name__":
      return loadRef(f, L.FUNC_NAME);
    case "__qualname__":
      return loadRef(f, L.FUNC_QUALNAME);
    case "__doc__":
      return loadRef(f, L.FUNC_DOC) || defaultDoc(f);
    case "__module__": {
      const m = loadRef(f, L.FUNC_MODULE);
      if (m !== 0) return m;
      const k = newStr("__name__");
      return dictGet(loadRef(f, L.FUNC_GLOBALS), k) || noneRef();
    }
    case "__defaults__":
      return loadRef(f, L.FUNC_DEFAULTS) || noneRef();
    case "__kwdefaults__":
      return loadRef(f, L.FUNC_KWDEFAULTS) || noneRef();
    case "__annotations__":
      return annotations(f);
    case "__globals__":
      return loadRef(f, L.FUNC_GLOBALS);
    case "__closure__":
      return loadRef(f, L.FUNC_CLOSURE) || noneRef();
    case "__dict__":
      return funcDict(f);
  }
  const d = loadRef(f, L.FUNC_DICT);
  return d === 0 ? 0 : dictGet(d, name);
}

/** f.<key> = v (v 0: del). Returns false for a missing attribute on delete. */
export function funcSetAttr(f: number, key: string, name: number, v: number): boolean {
  const none = noneRef();
  switch (key) {
    case "__name__":
    case "__qualname__":
      if (!isKind(v, L.L_STR)) raise(E.TypeError, `${key} must be set to a string object`);
      storeRef(f, key === "__name__" ? L.FUNC_NAME : L.FUNC_QUALNAME, v);
      return true;
    case "__doc__":
    case "__module__":
      storeRef(f, key === "__doc__" ? L.FUNC_DOC : L.FUNC_MODULE, v || none);
      return true;
    case "__defaults__":
    case "__kwdefaults__": {
      const want = key === "__defaults__" ? L.L_TUPLE : L.L_DICT;
      if (v !== 0 && v !== none && !isKind(v, want)) raise(E.TypeError, `${key} must be set to a ${want === L.L_TUPLE ? "tuple" : "dict"} object`);
      storeRef(f, key === "__defaults__" ? L.FUNC_DEFAULTS : L.FUNC_KWDEFAULTS, v === none ? 0 : v);
      return true;
    }
    case "__annotations__":
      if (v !== 0 && v !== none && !isKind(v, L.L_DICT)) raise(E.TypeError, "__annotations__ must be set to a dict object");
      storeRef(f, L.FUNC_ANNOTATIONS, v === none ? 0 : v);
      return true;
    case "__dict__":
      if (v === 0) raise(E.TypeError, "cannot delete __dict__");
      if (!isKind(v, L.L_DICT)) raise(E.TypeError, `__dict__ must be set to a dictionary, not a '${typeOf(v).name}'`);
      storeRef(f, L.FUNC_DICT, v);
      return true;
    case "__globals__":
    case "__closure__":
      raise(E.AttributeError, "readonly attribute");
  }
  if (v !== 0) {
    dictSet(funcDict(f), name, v);
    return true;
  }
  const d = loadRef(f, L.FUNC_DICT);
  return d !== 0 && dictDelete(d, name) !== 0;
}
