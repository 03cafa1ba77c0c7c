/*
 * attrs.ts — attribute lookup on the builtin types: module dicts, methods from the type's
 * method table (bound on access, or left unbound for LOAD_METHOD), a few data attributes.
 */

import { allocFixed, initRef, isTaggedInt, loadRef, storeI32 } from "../../gc/index.js";
import { E, raise } from "../exceptions.js";
import * as L from "../layouts.js";
import { dictDelete, dictGet, dictSet } from "../objects/dict.js";
import { bindAttr, instanceDict, lookupInType, superGetAttr } from "../classes.js";
import { layoutOf } from "../objects/int.js";
import { excGetAttr, excSetAttr, tracebackGetAttr } from "../exc-attrs.js";
import { generatorGetAttr } from "../generators.js";
import { strToJs } from "../objects/str.js";
import { moduleAttrMissing } from "../import.js";
import { BUILTIN_IMPLS, T_TYPE, findMethod, isTypeObject, typeDescOf, typeDictGet, typeOf } from "../types.js";

/** The unbound builtin method of obj's type named `name`, or 0. */
export function lookupMethod(obj: number, name: number): number {
  if (!isTaggedInt(obj) && (layoutOf(obj) === L.L_MODULE || isTypeObject(obj) || layoutOf(obj) === L.L_SUPER)) return 0;
  const t = typeOf(obj);
  if (t.user) {
    // user classes: a function found along the base chain, unless the instance shadows it
    const d = instanceDict(obj, false);
    if (d !== 0 && dictGet(d, name) !== 0) return 0;
    const v = lookupInType(t, name);
    if (v !== 0 && !isTaggedInt(v) && (layoutOf(v) === L.L_FUNCTION || (layoutOf(v) === L.L_BUILTIN && loadRef(v, L.BUILTIN_SELF) === 0))) return v;
    return 0;
  }
  // a builtin type's dict holds exactly its method table (types.ts), so no name check first
  for (let c: typeof t | null = t; c !== null; c = c.base) {
    const m = typeDictGet(c, name);
    if (m !== 0) return m;
  }
  return 0;
}

export function getAttrSlow(obj: number, name: number): number {
  const n = strToJs(name);
  if (!isTaggedInt(obj)) {
    switch (layoutOf(obj)) {
      case L.L_MODULE: {
        const v = dictGet(loadRef(obj, L.MODULE_DICT), name);
        if (v !== 0) return v;
        return moduleAttrMissing(obj, name);
      }
      case L.L_TYPE: {
        const t = typeDescOf(obj);
        for (let c: typeof t | null = t; c !== null; c = c.base) {
          const m = typeDictGet(c, name);
          if (m !== 0) return m;
        }
        if (n === "__name__") return loadRef(obj, L.TYPE_NAME);
        raise(E.AttributeError, `type object '${t.name}' has no attribute '${n}'`);
      }
      case L.L_INSTANCE:
      case L.L_SUPER:
        break;
      case L.L_EXCEPTION: {
        const d = loadRef(obj, L.EXC_DICT);
        if (d !== 0) {
          const v = dictGet(d, name);
          if (v !== 0) return v;
        }
        const v = excGetAttr(obj, n);
        if (v !== 0) return v;
        break;
      }
      case L.L_GENERATOR: {
        const v = generatorGetAttr(obj, n);
        if (v !== 0) return v;
        break;
      }
      case L.L_TRACEBACK: {
        const v = tracebackGetAttr(obj, n);
        if (v !== 0) return v;
        break;
      }
      case L.L_FUNCTION:
        if (n === "__name__") return loadRef(obj, L.FUNC_NAME);
        if (n === "__qualname__") return loadRef(obj, L.FUNC_QUALNAME);
        break;
    }
  }
  if (!isTaggedInt(obj) && layoutOf(obj) === L.L_SUPER) return superGetAttr(obj, name);
  const t = typeOf(obj);
  if (t.user) {
    const d = instanceDict(obj, false);
    if (d !== 0) {
      const v = dictGet(d, name);
      if (v !== 0) return v;
    }
    const v = lookupInType(t, name);
    if (v !== 0) return bindAttr(v, obj);
    if (n === "__class__") return t.ref;
    if (n === "__dict__" && d !== 0) return d;
  }
  const m = lookupMethod(obj, name);
  if (m !== 0) {
    const b = allocFixed(L.L_BUILTIN);
    storeI32(b, L.BUILTIN_IMPL, loadRef(m, L.BUILTIN_IMPL));
    initRef(b, L.BUILTIN_SELF, obj);
    return b;
  }
  if (n === "__class__") return typeOf(obj).ref;
  // builtin types with data attributes (file objects) serve them from a __getattr__ in their table
  const ga = findMethod(typeOf(obj), "__getattr__");
  if (ga >= 0) return BUILTIN_IMPLS[ga]!.fn([obj, name], null);
  void T_TYPE;
  return raise(E.AttributeError, `'${typeOf(obj).name}' object has no attribute '${n}'`);
}

/** obj.name = v, or del obj.name when v is 0. */
export function setAttrSlow(obj: number, name: number, v: number): void {
  const n = strToJs(name);
  if (!isTaggedInt(obj)) {
    let d = 0;
    const l = layoutOf(obj);
    if (l === L.L_EXCEPTION && excSetAttr(obj, n, v)) return;
    if (l === L.L_INSTANCE || l === L.L_EXCEPTION) d = instanceDict(obj, v !== 0);
    else if (l === L.L_MODULE) {
      d = loadRef(obj, L.MODULE_DICT);
      if (v === 0 && dictDelete(d, name) === 0) raise(E.AttributeError, `'module' object has no attribute '${n}'`);
      if (v === 0) return;
    }
    else if (l === L.L_TYPE) {
      const t = typeDescOf(obj);
      if (!t.user) raise(E.TypeError, `cannot set '${n}' attribute of immutable type '${t.name}'`);
      d = loadRef(obj, L.TYPE_DICT);
    }
    if (d !== 0 || l === L.L_EXCEPTION) {
      if (v !== 0) dictSet(d, name, v);
      else if (d === 0 || dictDelete(d, name) === 0) raise(E.AttributeError, l === L.L_TYPE ? `type object '${typeDescOf(obj).name}' has no attribute '${n}'` : `'${typeOf(obj).name}' object has no attribute '${n}'`);
      return;
    }
  }
  raise(E.AttributeError, `'${typeOf(obj).name}' object has no attribute '${n}'`);
}
