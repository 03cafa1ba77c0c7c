/*
 * attrs.ts — attribute access: instances of user classes (the descriptor protocol over maps,
 * `__getattribute__` / `__getattr__` / `__setattr__` / `__delattr__` overrides), type objects
 * (metaclass data descriptors, the MRO, then metaclass attributes), super objects, modules and
 * the builtin types (methods from the type's method table, bound on access, or left unbound
 * for LOAD_METHOD, and a few data attributes).
 *
 * The instance fast path is CPython's PyObject_GenericGetAttr: one cached type lookup of the
 * name (typeLookup: keyed by type and version tag), which decides whether a data descriptor
 * wins; otherwise the instance's map (objects/map.ts: mapIndex, keyed by map id and name); then
 * the non-data descriptor or plain class attribute.
 */

import { allocFixed, getHandle, initRef, isTaggedInt, loadI32, loadRef, popHandles, pushHandle, storeI32, storeRef } from "../../gc/index.js";
import { callSpecial, isBuiltinMethod, lookupKey, lookupName, superLookup, superRepr, typeFullName, valueOf } from "../classes.js";
import { DATA, NON_DATA, descrGet, descrKind, descrObjectAttr, descrSet } from "../descr.js";
import { E, raise } from "../exceptions.js";
import * as L from "../layouts.js";
import { dictCopy, dictDelete, dictGet, dictSet, newDict } from "../objects/dict.js";
import { layoutOf } from "../objects/int.js";
import { excGetAttr, excSetAttr, tracebackGetAttr } from "../exc-attrs.js";
import { generatorGetAttr } from "../generators.js";
import { funcGetAttr, funcSetAttr } from "../funcattrs.js";
import { moduleAttrMissing } from "../import.js";
import { attrKey, instDelete, instGet, instSet, toDictMode } from "../objects/map.js";
import { newStr, strToJs } from "../objects/str.js";
import { getRoot, setRoot } from "../../gc/index.js";
import { PENDING, ROOT_EXC, noneRef } from "../state.js";
import { BUILTIN_IMPLS, T_OBJECT, T_TYPE, type TypeDesc, bumpVersion, findMethod, isSubtype, isTypeObject, typeDescOf, typeDictGet, typeOf } from "../types.js";
import { cachedGetAttr, cachedMethod, cachedSetAttr, readAndRecord, recordBuiltinMethod, recordMethod, recordStore } from "./attr-cache.js";

/** Per-type flags derived from the MRO, recomputed when the version tag changes. */
interface AttrHooks {
  version: number;
  getattribute: boolean; // a __getattribute__ other than object's
  getattr: boolean; // a __getattr__
  setattr: boolean; // a __setattr__ other than object's
  delattr: boolean;
}
function hooksOf(t: TypeDesc): AttrHooks {
  let h = t.attrHooks as AttrHooks | undefined;
  if (h === undefined || h.version !== t.version) {
    h = {
      version: t.version,
      getattribute: !isBuiltinMethod(lookupKey(t, "__getattribute__"), T_OBJECT, "__getattribute__"),
      getattr: lookupKey(t, "__getattr__") !== 0,
      setattr: !isBuiltinMethod(lookupKey(t, "__setattr__"), T_OBJECT, "__setattr__"),
      delattr: !isBuiltinMethod(lookupKey(t, "__delattr__"), T_OBJECT, "__delattr__"),
    };
    t.attrHooks = h;
  }
  return h;
}

function noAttr(obj: number, n: string): never {
  raise(E.AttributeError, `'${typeOf(obj).name}' object has no attribute '${n}'`);
}

function isStrName(name: number): boolean {
  return !isTaggedInt(name) && name !== 0 && layoutOf(valueOf(name)) === L.L_STR;
}

// ---- instances of user classes

/** The attributes every object has without a dict entry: __class__, __dict__; or 0. */
function specialInstanceAttr(obj: number, t: TypeDesc, key: string): number {
  if (key === "__class__") return t.ref;
  if (key === "__dict__") {
    const l = layoutOf(obj);
    if (l === L.L_INSTANCE && t.hasDict) return toDictMode(obj, t.nslots ?? 0);
    if (l === L.L_EXCEPTION) {
      let d = loadRef(obj, L.EXC_DICT);
      if (d === 0) {
        d = newDict();
        storeRef(obj, L.EXC_DICT, d);
      }
      return d;
    }
  }
  return 0;
}

/** An attribute stored on the object itself (map, dict), or 0. */
function ownAttr(obj: number, t: TypeDesc, name: number, key: string): number {
  const l = layoutOf(obj);
  if (l === L.L_INSTANCE) return instGet(obj, t.nslots ?? 0, name, key);
  if (l === L.L_EXCEPTION) {
    const d = loadRef(obj, L.EXC_DICT);
    return d === 0 ? 0 : dictGet(d, name);
  }
  if (l === L.L_FUNCTION) {
    const d = loadRef(obj, L.FUNC_DICT);
    return d === 0 ? 0 : dictGet(d, name);
  }
  return 0;
}


/** object.__getattribute__ without the AttributeError: the value or 0. */
function genericLookup(obj: number, t: TypeDesc, name: number): number {
  const key = attrKey(name);
  const descr = lookupKey(t, key, name);
  const kind = descr === 0 ? 0 : descrKind(descr);
  if (kind === DATA) return descrGet(descr, obj, t);
  const own = ownAttr(obj, t, name, key);
  if (own !== 0) return own;
  if (kind === NON_DATA) return descrGet(descr, obj, t);
  if (descr !== 0) return descr;
  const special = specialInstanceAttr(obj, t, key);
  if (special !== 0) return special;
  if (layoutOf(obj) === L.L_EXCEPTION) return excGetAttr(obj, key);
  // a subclass of property/classmethod/staticmethod: fget, __func__ … of its value
  const value = valueOf(obj);
  if (value !== obj && !isTaggedInt(value)) return descrObjectAttr(value, key);
  return 0;
}

/** object.__getattribute__(obj, name). */
export function genericGetAttr(obj: number, name: number): number {
  if (!isStrName(name)) raise(E.TypeError, `attribute name must be string, not '${typeOf(name).name}'`);
  const t = typeOf(obj);
  if (!t.user || isTypeObject(obj)) return getAttrSlow(obj, name);
  const v = genericLookup(obj, t, valueOf(name));
  return v !== 0 ? v : noAttr(obj, strToJs(valueOf(name)));
}

function isAttributeError(e: unknown): boolean {
  return e === PENDING && getRoot(ROOT_EXC) !== 0 && isSubtype(typeOf(getRoot(ROOT_EXC)), E.AttributeError);
}

/** Attribute read on an instance of a user class (L_INSTANCE or a user exception). */
function userGetAttr(obj: number, t: TypeDesc, name: number): number {
  const h = hooksOf(t);
  if (!h.getattribute && !h.getattr) {
    const v = genericLookup(obj, t, name);
    return v !== 0 ? v : noAttr(obj, attrKey(name));
  }
  const mark = pushHandle(obj);
  pushHandle(name);
  try {
    try {
      if (h.getattribute) return callSpecial(lookupKey(t, "__getattribute__"), obj, [name]);
      const v = genericLookup(obj, t, name);
      if (v !== 0) return v;
      noAttr(obj, attrKey(name));
    } catch (e) {
      if (!h.getattr || !isAttributeError(e)) throw e;
      setRoot(ROOT_EXC, 0);
    }
    return callSpecial(lookupKey(t, "__getattr__"), getHandle(mark), [getHandle(mark + 1)]);
  } finally {
    popHandles(mark);
  }
}


/** object.__setattr__ (v !== 0) / object.__delattr__ (v === 0) on a user instance. */
function genericStore(obj: number, t: TypeDesc, name: number, v: number): void {
  const key = attrKey(name);
  const descr = lookupKey(t, key, name);
  if (descr !== 0 && descrKind(descr) === DATA) {
    descrSet(descr, obj, v);
    return;
  }
  const l = layoutOf(obj);
  if (key === "__class__") return setClass(obj, v);
  if (l === L.L_INSTANCE) {
    if (key === "__dict__" && t.hasDict) raise(E.NotImplementedError, "pypy-ts: assigning __dict__ is not supported yet");
    if (!t.hasDict) noAttr(obj, key);
    if (v !== 0) instSet(obj, t.nslots ?? 0, name, key, v);
    else if (!instDelete(obj, t.nslots ?? 0, name, key)) noAttr(obj, key);
    return;
  }
  if (l === L.L_EXCEPTION) {
    if (excSetAttr(obj, key, v)) return;
    let d = loadRef(obj, L.EXC_DICT);
    if (v !== 0) {
      if (d === 0) {
        d = newDict();
        storeRef(obj, L.EXC_DICT, d);
      }
      dictSet(d, name, v);
    } else if (d === 0 || dictDelete(d, name) === 0) noAttr(obj, key);
    return;
  }
  noAttr(obj, key);
}

/** obj.__class__ = cls: only between user classes with the same instance layout. */
function setClass(obj: number, cls: number): void {
  if (cls === 0) raise(E.TypeError, "can't delete __class__ attribute");
  if (!isTypeObject(cls)) raise(E.TypeError, `__class__ must be set to a class, not '${typeOf(cls).name}' object`);
  const from = typeOf(obj);
  const to = typeDescOf(cls);
  if (!to.user || !from.user) raise(E.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
  const same = to.user && from.user && layoutOf(obj) === L.L_INSTANCE && to.valueBase === from.valueBase && (to.nslots ?? 0) === (from.nslots ?? 0) && to.hasDict === from.hasDict;
  if (!same) raise(E.TypeError, `__class__ assignment: '${to.name}' object layout differs from '${from.name}'`);
  toDictMode(obj, from.nslots ?? 0); // the map belongs to the old class
  storeRef(obj, L.INST_TYPE, cls);
}

export function genericSetAttr(obj: number, name: number, v: number): void {
  if (!isStrName(name)) raise(E.TypeError, `attribute name must be string, not '${typeOf(name).name}'`);
  const t = typeOf(obj);
  if (isTypeObject(obj)) return typeSetAttr(obj, valueOf(name), v, false);
  if (!t.user) return setAttrSlow(obj, name, v);
  genericStore(obj, t, valueOf(name), v);
}

export function genericDelAttr(obj: number, name: number): void {
  genericSetAttr(obj, name, 0);
}

// ---- type objects

/** Attributes every type has (data descriptors of `type`): the value, or 0. */
function typeSpecialAttr(obj: number, t: TypeDesc, key: string): number {
  switch (key) {
    case "__name__":
      return loadRef(obj, L.TYPE_NAME);
    case "__qualname__":
      return newStr(t.qualname ?? t.name);
    case "__mro__":
      return loadRef(obj, L.TYPE_MRO);
    case "__bases__":
      return loadRef(obj, L.TYPE_BASES);
    case "__base__":
      return t.base ? t.base.ref : noneRef();
    case "__dict__":
      return dictCopy(loadRef(obj, L.TYPE_DICT));
    case "__module__": {
      if (!t.user) return newStr("builtins");
      const m = dictGet(loadRef(obj, L.TYPE_DICT), newStr("__module__"));
      return m !== 0 ? m : newStr("builtins");
    }
    case "__doc__": {
      const d = dictGet(loadRef(obj, L.TYPE_DICT), newStr("__doc__"));
      return d !== 0 ? d : noneRef();
    }
    case "__class__":
      return typeOf(obj).ref;
  }
  return 0;
}

function typeGetAttr(obj: number, name: number): number {
  const t = typeDescOf(obj);
  const meta = typeOf(obj);
  const key = attrKey(name);
  const metaAttr = meta === T_TYPE ? 0 : lookupName(meta, name);
  if (metaAttr !== 0 && descrKind(metaAttr) === DATA) return descrGet(metaAttr, obj, meta);
  const special = typeSpecialAttr(obj, t, key);
  if (special !== 0 && key !== "__doc__" && key !== "__module__") return special;
  const v = lookupName(t, name);
  if (v !== 0) return descrGet(v, 0, t);
  if (special !== 0) return special;
  if (metaAttr !== 0) return descrGet(metaAttr, obj, meta);
  if (meta === T_TYPE || !meta.user) {
    // methods of `type` itself (mro, __subclasses__): bound to the class
    const m = lookupName(T_TYPE, name);
    if (m !== 0 && key !== "__new__" && key !== "__init__" && key !== "__call__" && key !== "__repr__" && key !== "__prepare__") return descrGet(m, obj, T_TYPE);
  }
  const getattr = meta.user ? lookupKey(meta, "__getattr__") : 0;
  if (getattr !== 0) return callSpecial(getattr, obj, [name]);
  return raise(E.AttributeError, `type object '${t.name}' has no attribute '${key}'`);
}

/** Setting (v 0: deleting) a class attribute; `hooks` false is type.__setattr__ itself (the metaclass's override calling super()). */
function typeSetAttr(obj: number, name: number, v: number, hooks = true): void {
  const t = typeDescOf(obj);
  const meta = typeOf(obj);
  const key = attrKey(name);
  if (meta.user) {
    const setattr = lookupKey(meta, v === 0 ? "__delattr__" : "__setattr__");
    if (hooks && !isBuiltinMethod(setattr, T_OBJECT, v === 0 ? "__delattr__" : "__setattr__")) {
      callSpecial(setattr, obj, v === 0 ? [name] : [name, v]);
      return;
    }
    const metaAttr = lookupName(meta, name);
    if (metaAttr !== 0 && descrKind(metaAttr) === DATA) {
      descrSet(metaAttr, obj, v);
      return;
    }
  }
  if (!t.user) raise(E.TypeError, `cannot set '${key}' attribute of immutable type '${t.name}'`);
  if (key === "__name__" || key === "__qualname__") {
    if (v === 0 || isTaggedInt(v) || layoutOf(v) !== L.L_STR) raise(E.TypeError, `can only assign string to ${t.name}.${key}, not '${v === 0 ? "NoneType" : typeOf(v).name}'`);
    if (key === "__name__") {
      t.name = strToJs(v);
      storeRef(obj, L.TYPE_NAME, v);
    } else t.qualname = strToJs(v);
    return;
  }
  const d = loadRef(obj, L.TYPE_DICT);
  if (v !== 0) dictSet(d, name, v);
  else if (dictDelete(d, name) === 0) raise(E.AttributeError, `type object '${t.name}' has no attribute '${key}'`);
  bumpVersion(t);
}

// ---- everything

/** The unbound method of obj's type named `name` for LOAD_METHOD, or 0 (then getattr binds). */
export function lookupMethod(obj: number, name: number): number {
  if (isTaggedInt(obj)) return builtinMethod(obj, name);
  const l = layoutOf(obj);
  if (l === L.L_INSTANCE || l === L.L_EXCEPTION) {
    const t = typeOf(obj);
    if (!t.user) return builtinMethod(obj, name);
    if (hooksOf(t).getattribute) return 0;
    const key = attrKey(name);
    const v = lookupKey(t, key, name);
    if (v === 0 || isTaggedInt(v)) return 0;
    const vl = layoutOf(v);
    if (vl !== L.L_FUNCTION && !(vl === L.L_BUILTIN && loadRef(v, L.BUILTIN_SELF) === 0 && builtinBinding(v) === "method")) return 0;
    return ownAttr(obj, t, name, key) === 0 ? v : 0;
  }
  if (l === L.L_MODULE || l === L.L_TYPE || l === L.L_SUPER) return 0;
  return builtinMethod(obj, name);
}

function builtinBinding(v: number): string {
  return BUILTIN_IMPLS[loadI32(v, L.BUILTIN_IMPL)]!.binding;
}

/** A builtin type's method (unbound) from its type dict, or 0. */
function builtinMethod(obj: number, name: number): number {
  const t = typeOf(obj);
  if (findMethod(t, attrKey(name)) < 0) return 0;
  for (const c of t.mro) {
    const m = typeDictGet(c, name);
    if (m !== 0) return isTaggedInt(m) || layoutOf(m) !== L.L_BUILTIN || builtinBinding(m) !== "method" ? 0 : m;
  }
  return 0;
}

/**
 * The eval loop's LOAD_ATTR / STORE_ATTR / LOAD_METHOD: `name` is one of a code object's names,
 * so the per-class caches of attr-cache.ts may key on its address. Instances of user classes
 * without attribute hooks go through the cache; everything else, and every miss, through the
 * generic path. With a code object (not 0), the instruction at pc also gets its own cache
 * filled (attr-cache.ts readAndRecord/recordStore/recordMethod), which eval.ts tries first.
 */
export function getAttrOfCode(obj: number, name: number, code = 0, pc = 0): number {
  const t = instanceTypeWithoutHooks(obj);
  if (t !== null) {
    const v = code !== 0 ? readAndRecord(code, pc, obj, t, name) || cachedGetAttr(obj, t, name) : cachedGetAttr(obj, t, name);
    if (v !== 0) return v;
  }
  return getAttrSlow(obj, name);
}

export function setAttrOfCode(obj: number, name: number, v: number, code = 0, pc = 0): void {
  const t = instanceTypeWithoutHooks(obj);
  if (t !== null && v !== 0 && !hooksOf(t).setattr) {
    const mapBefore = loadI32(obj, L.INST_MAP);
    if (cachedSetAttr(obj, t, name, v)) {
      if (code !== 0) recordStore(code, pc, obj, t, name, mapBefore);
      return;
    }
  }
  setAttrSlow(obj, name, v);
}

export function lookupMethodOfCode(obj: number, name: number, code = 0, pc = 0): number {
  const t = instanceTypeWithoutHooks(obj);
  if (t !== null) {
    const m = cachedMethod(obj, t, name);
    if (m !== 0) {
      if (code !== 0) recordMethod(code, pc, obj, t, m);
      return m;
    }
  }
  const m = lookupMethod(obj, name);
  if (m !== 0 && code !== 0 && !isTaggedInt(obj)) {
    const l = layoutOf(obj);
    // lookupMethod answered from the builtin type's dict (builtinMethod) for every other layout
    if (l !== L.L_INSTANCE && l !== L.L_EXCEPTION && l !== L.L_TYPE && l !== L.L_MODULE && l !== L.L_SUPER) recordBuiltinMethod(code, pc, l, m);
  }
  return m;
}

/** The user class of an L_INSTANCE whose class defines no __getattribute__/__getattr__, or null. */
function instanceTypeWithoutHooks(obj: number): TypeDesc | null {
  if (isTaggedInt(obj) || layoutOf(obj) !== L.L_INSTANCE) return null;
  const t = typeOf(obj);
  if (t.user !== true) return null;
  const h = hooksOf(t);
  return h.getattribute || h.getattr ? null : t;
}

/** getattr(obj, name) for a JS-string name, or 0 on AttributeError (which is cleared). */
export function attrOrZero(obj: number, name: string): number {
  try {
    return getAttrSlow(obj, newStr(name));
  } catch (e) {
    if (!isAttributeError(e)) throw e;
    setRoot(ROOT_EXC, 0);
    return 0;
  }
}

export function getAttrSlow(obj: number, name: number): number {
  if (!isTaggedInt(obj)) {
    const l = layoutOf(obj);
    switch (l) {
      case L.L_INSTANCE: {
        const t = typeOf(obj);
        return userGetAttr(obj, t, name);
      }
      case L.L_MODULE: {
        const v = dictGet(loadRef(obj, L.MODULE_DICT), name);
        if (v !== 0) return v;
        if (attrKey(name) === "__dict__") return loadRef(obj, L.MODULE_DICT);
        return moduleAttrMissing(obj, name);
      }
      case L.L_TYPE:
        return typeGetAttr(obj, name);
      case L.L_SUPER: {
        const v = superLookup(obj, name);
        if (v !== 0) return v;
        if (attrKey(name) === "__class__") return typeOf(obj).ref;
        if (attrKey(name) === "__thisclass__") return loadRef(obj, L.SUPER_TYPE);
        if (attrKey(name) === "__self__") return loadRef(obj, L.SUPER_SELF) || noneRef();
        void superRepr;
        return raise(E.AttributeError, `'super' object has no attribute '${attrKey(name)}'`);
      }
      case L.L_EXCEPTION: {
        const t = typeOf(obj);
        if (t.user) return userGetAttr(obj, t, name);
        const v = genericLookup(obj, t, name);
        if (v !== 0) return v;
        break;
      }
      case L.L_FUNCTION: {
        const v = funcGetAttr(obj, attrKey(name), name);
        if (v !== 0) return v;
        break;
      }
      case L.L_GENERATOR: {
        const v = generatorGetAttr(obj, attrKey(name));
        if (v !== 0) return v;
        break;
      }
      case L.L_TRACEBACK: {
        const v = tracebackGetAttr(obj, attrKey(name));
        if (v !== 0) return v;
        break;
      }
      case L.L_METHOD: {
        const n = attrKey(name);
        if (n === "__self__") return loadRef(obj, L.METHOD_SELF);
        if (n === "__func__") return loadRef(obj, L.METHOD_FUNC);
        // everything else the method type lacks comes from the function (CPython's method_getattro)
        const fn = loadRef(obj, L.METHOD_FUNC);
        if (n !== "__class__" && n !== "__dict__" && !isTaggedInt(fn) && layoutOf(fn) === L.L_FUNCTION) {
          const v = funcGetAttr(fn, n, name);
          if (v !== 0) return v;
        } else if (n === "__name__" || n === "__qualname__" || n === "__doc__") return getAttrSlow(fn, name);
        break;
      }
      case L.L_SLICE: {
        const n = attrKey(name);
        if (n === "start") return loadRef(obj, L.SLICE_START);
        if (n === "stop") return loadRef(obj, L.SLICE_STOP);
        if (n === "step") return loadRef(obj, L.SLICE_STEP);
        break;
      }
      case L.L_PROPERTY:
      case L.L_CLASSMETHOD:
      case L.L_STATICMETHOD:
      case L.L_MEMBER: {
        const v = descrObjectAttr(obj, attrKey(name));
        if (v !== 0) return v;
        break;
      }
    }
  }
  const m = builtinMethod(obj, name);
  if (m !== 0) {
    const b = allocFixed(L.L_BUILTIN);
    storeI32(b, L.BUILTIN_IMPL, loadI32(m, L.BUILTIN_IMPL));
    initRef(b, L.BUILTIN_SELF, obj);
    return b;
  }
  const n = attrKey(name);
  if (n === "__class__") return typeOf(obj).ref;
  // class and static methods of builtin types through an instance ({}.fromkeys, ''.maketrans)
  if (findMethod(typeOf(obj), n) >= 0) {
    for (const c of typeOf(obj).mro) {
      const v = typeDictGet(c, name);
      if (v !== 0) return descrGet(v, obj, typeOf(obj));
    }
  }
  if (n === "__doc__") return noneRef();
  // builtin types with data attributes (file objects) serve them from a __getattr__ in their table
  const ga = findMethod(typeOf(obj), "__getattr__");
  if (ga >= 0) return BUILTIN_IMPLS[ga]!.fn([obj, name], null);
  return noAttr(obj, n);
}


/** obj.name = v, or del obj.name when v is 0. */
export function setAttrSlow(obj: number, name: number, v: number): void {
  if (!isTaggedInt(obj)) {
    const l = layoutOf(obj);
    if (l === L.L_TYPE) return typeSetAttr(obj, name, v);
    if (l === L.L_INSTANCE || l === L.L_EXCEPTION) {
      const t = typeOf(obj);
      if (t.user) {
        const h = hooksOf(t);
        if (v !== 0 ? h.setattr : h.delattr) {
          callSpecial(lookupKey(t, v !== 0 ? "__setattr__" : "__delattr__"), obj, v !== 0 ? [name, v] : [name]);
          return;
        }
      }
      genericStore(obj, t, name, v);
      return;
    }
    if (l === L.L_FUNCTION) {
      if (!funcSetAttr(obj, attrKey(name), name, v)) noAttr(obj, attrKey(name));
      return;
    }
    if (l === L.L_MODULE) {
      const d = loadRef(obj, L.MODULE_DICT);
      if (v !== 0) dictSet(d, name, v);
      else if (dictDelete(d, name) === 0) raise(E.AttributeError, `'module' object has no attribute '${attrKey(name)}'`);
      return;
    }
  }
  const n = attrKey(name);
  const t = typeOf(obj);
  if (findMethod(t, n) >= 0) raise(E.AttributeError, `'${t.name}' object attribute '${n}' is read-only`);
  noAttr(obj, n);
}

/** vars(obj) / obj.__dict__ as a dict (instances switch to dict mode). */
export function objectDict(obj: number): number {
  return getAttrSlow(obj, newStr("__dict__"));
}

export { typeFullName };
