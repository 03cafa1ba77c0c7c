/*
 * descrsub.ts — classmethod, staticmethod and property as base classes (abc's
 * abstractclassmethod, user `class cached(property)`), and __isabstractmethod__.
 *
 * A subclass instance is a plain instance whose `value` is the builtin descriptor (as for
 * `class C(list)`). As in CPython, __new__ makes an empty descriptor and __init__ fills it,
 * so a subclass __init__ with its own signature that calls super().__init__(f) works. The
 * builtin __get__/__set__/__delete__ found on the subclass's MRO apply the protocol to the
 * value (descr.ts classifies the instance by those methods).
 */

import { getHandle, isTaggedInt, popHandles, pushHandle, storeRef } from "../gc/index.js";
import { newInstance, valueOf, VALUE_TYPES } from "./classes.js";
import { T_CLASSMETHOD, T_PROPERTY, T_STATICMETHOD, descrGet } from "./descr.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { layoutOf } from "./objects/int.js";
import { noneRef } from "./state.js";
import { type BuiltinFn, type TypeDesc, addMethods, isSubtype, isTypeObject, typeDescOf, typeOf } from "./types.js";

const DESCR_TYPES = [T_CLASSMETHOD, T_STATICMETHOD, T_PROPERTY];
for (const t of DESCR_TYPES) VALUE_TYPES.add(t);

/** The empty descriptor __new__ makes (CPython leaves the callable NULL until __init__). */
function emptyValue(t: TypeDesc): number {
  return t === T_PROPERTY ? t.construct!([], null) : t.construct!([noneRef()], null);
}

function descrNew(t: TypeDesc): BuiltinFn {
  return ([cls]) => {
    if (cls === undefined || !isTypeObject(cls)) raise(E.TypeError, `${t.name}.__new__(X): X is not a type object (${cls === undefined ? "NoneType" : typeOf(cls).name})`);
    const ct = typeDescOf(cls);
    if (!isSubtype(ct, t)) raise(E.TypeError, `${t.name}.__new__(${ct.name}): ${ct.name} is not a subtype of ${t.name}`);
    const value = emptyValue(t);
    return ct === t || !ct.user ? value : newInstance(ct, value);
  };
}

/** __init__(self, *args): the descriptor is rebuilt from the arguments. */
function descrInit(t: TypeDesc): BuiltinFn {
  return ([self, ...args], kw) => {
    const h = pushHandle(self!);
    try {
      const fresh = t.construct!(args, kw);
      const me = getHandle(h);
      if (!isTaggedInt(me) && layoutOf(me) === L.L_INSTANCE) storeRef(me, L.INST_VALUE, fresh);
      return noneRef();
    } finally {
      popHandles(h);
    }
  };
}

/** __get__(self, obj, type=None) for classmethod/staticmethod (property has its own). */
const descrGetMethod: BuiltinFn = ([self, obj, type]) => {
  const o = obj === undefined || obj === noneRef() ? 0 : obj;
  if (o === 0 && (type === undefined || type === noneRef())) raise(E.TypeError, "__get__(None, None) is invalid");
  const t = type !== undefined && type !== noneRef() ? typeDescOf(type) : typeOf(o);
  return descrGet(valueOf(self!), o, t);
};

for (const t of DESCR_TYPES) {
  addMethods(t, { __new__: descrNew(t) }, "static");
  addMethods(t, { __init__: descrInit(t) });
}
addMethods(T_CLASSMETHOD, { __get__: descrGetMethod });
addMethods(T_STATICMETHOD, { __get__: descrGetMethod });
