/*
 * descr.ts — the descriptor protocol and the builtin descriptor types: property, classmethod,
 * staticmethod, and the member descriptors `__slots__` creates. Residual code.
 *
 * A class attribute is classified once per lookup (descrKind): a *data* descriptor (its type
 * defines __set__ or __delete__: property, slot members, user classes with __set__) takes
 * precedence over the instance's own attributes; a *non-data* descriptor (only __get__:
 * functions, classmethod, staticmethod, builtin methods) is shadowed by them; anything else is
 * a plain value. descrGet/descrSet apply the protocol, calling user __get__/__set__/__delete__
 * where the descriptor is an instance of a user class.
 */

import { ARRAY_ITEMS, allocFixed, initRef, isTaggedInt, loadI32, loadRef, storeI32, storeRef, varLength } from "../gc/index.js";
import { callObject } from "./call.js";
import { callSpecial, lookupKey, valueOf } from "./classes.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { layoutOf } from "./objects/int.js";
import { newStr, strToJs } from "./objects/str.js";
import { PENDING, ROOT_EXC, boolRef, noneRef } from "./state.js";
import { getAttrSlow } from "./ops/attrs.js";
import { truthy } from "./ops/compare.js";
import { setRoot } from "../gc/index.js";
import { BUILTIN_IMPLS, T_OBJECT, type KwArgs, type TypeDesc, addMethods, defineType, typeOf } from "./types.js";

export const T_PROPERTY = defineType("property", T_OBJECT, [L.L_PROPERTY]);
export const T_CLASSMETHOD = defineType("classmethod", T_OBJECT, [L.L_CLASSMETHOD]);
export const T_STATICMETHOD = defineType("staticmethod", T_OBJECT, [L.L_STATICMETHOD]);
export const T_MEMBER = defineType("member_descriptor", T_OBJECT, [L.L_MEMBER]);

export const PLAIN = 0;
export const NON_DATA = 1;
export const DATA = 2;

/** PLAIN, NON_DATA or DATA. */
export function descrKind(v: number): number {
  if (isTaggedInt(v) || v === 0) return PLAIN;
  switch (layoutOf(v)) {
    case L.L_FUNCTION:
    case L.L_CLASSMETHOD:
    case L.L_STATICMETHOD:
      return NON_DATA;
    case L.L_BUILTIN:
      return loadRef(v, L.BUILTIN_SELF) === 0 ? NON_DATA : PLAIN;
    case L.L_PROPERTY:
    case L.L_MEMBER:
      return DATA;
    case L.L_INSTANCE:
    case L.L_EXCEPTION: {
      const t = typeOf(v);
      if (!t.user) return PLAIN;
      if (lookupKey(t, "__set__") !== 0 || lookupKey(t, "__delete__") !== 0) return DATA;
      return lookupKey(t, "__get__") !== 0 ? NON_DATA : PLAIN;
    }
  }
  return PLAIN;
}

export function newMethod(func: number, self: number): number {
  const m = allocFixed(L.L_METHOD);
  initRef(m, L.METHOD_FUNC, func);
  initRef(m, L.METHOD_SELF, self);
  return m;
}

function bindBuiltin(v: number, self: number): number {
  const b = allocFixed(L.L_BUILTIN);
  storeI32(b, L.BUILTIN_IMPL, loadI32(v, L.BUILTIN_IMPL));
  initRef(b, L.BUILTIN_SELF, self);
  return b;
}

/**
 * descr.__get__(obj, type): obj is 0 for a lookup on the class itself. Plain values come back
 * unchanged.
 */
export function descrGet(v: number, obj: number, type: TypeDesc): number {
  if (isTaggedInt(v) || v === 0) return v;
  switch (layoutOf(v)) {
    case L.L_FUNCTION:
      return obj === 0 ? v : newMethod(v, obj);
    case L.L_BUILTIN: {
      if (loadRef(v, L.BUILTIN_SELF) !== 0) return v;
      const binding = BUILTIN_IMPLS[loadI32(v, L.BUILTIN_IMPL)]!.binding;
      if (binding === "class") return bindBuiltin(v, type.ref);
      if (binding === "static" || obj === 0) return v;
      return bindBuiltin(v, obj);
    }
    case L.L_CLASSMETHOD:
      return newMethod(loadRef(v, L.WRAPPED_FUNC), type.ref);
    case L.L_STATICMETHOD:
      return loadRef(v, L.WRAPPED_FUNC);
    case L.L_PROPERTY: {
      if (obj === 0) return v;
      const fget = loadRef(v, L.PROP_FGET);
      if (fget === 0 || fget === noneRef()) raise(E.AttributeError, `property ${propertyName(v)}of '${typeOf(obj).name}' object has no getter`);
      return callObject(fget, [obj], null);
    }
    case L.L_MEMBER: {
      if (obj === 0) return v;
      const r = memberSlot(v, obj);
      if (r === 0) raise(E.AttributeError, `'${typeOf(obj).name}' object has no attribute '${strToJs(loadRef(v, L.MEMBER_NAME))}'`);
      return r;
    }
    case L.L_INSTANCE:
    case L.L_EXCEPTION: {
      const t = typeOf(v);
      if (!t.user) return v;
      const get = lookupKey(t, "__get__");
      if (get === 0) return v;
      return callSpecial(get, v, [obj === 0 ? noneRef() : obj, type.ref]);
    }
  }
  return v;
}

/** The 'name' part of property messages: the getter's __name__ (CPython 3.11), or nothing. */
function propertyName(p: number): string {
  const n = loadRef(p, L.PROP_NAME);
  if (n !== 0) return `'${strToJs(n)}' `;
  for (const off of [L.PROP_FGET, L.PROP_FSET, L.PROP_FDEL]) {
    const f = loadRef(p, off);
    if (f !== 0 && !isTaggedInt(f) && layoutOf(f) === L.L_FUNCTION) return `'${strToJs(loadRef(f, L.FUNC_NAME))}' `;
  }
  return "";
}

function memberSlot(m: number, obj: number): number {
  if (isTaggedInt(obj) || layoutOf(obj) !== L.L_INSTANCE) raise(E.TypeError, `descriptor '${strToJs(loadRef(m, L.MEMBER_NAME))}' for '${typeOfRefName(loadRef(m, L.MEMBER_TYPE))}' objects doesn't apply to a '${typeOf(obj).name}' object`);
  const slots = loadRef(obj, L.INST_SLOTS);
  const i = loadI32(m, L.MEMBER_INDEX);
  return slots === 0 || i >= varLength(slots) ? 0 : loadRef(slots, ARRAY_ITEMS + 4 * i);
}

function typeOfRefName(typeRef: number): string {
  return strToJs(loadRef(typeRef, L.TYPE_NAME));
}

/** Data descriptors: descr.__set__(obj, value), or __delete__(obj) when value is 0. */
export function descrSet(v: number, obj: number, value: number): void {
  switch (layoutOf(v)) {
    case L.L_PROPERTY: {
      const f = loadRef(v, value === 0 ? L.PROP_FDEL : L.PROP_FSET);
      if (f === 0 || f === noneRef()) raise(E.AttributeError, `property ${propertyName(v)}of '${typeOf(obj).name}' object has no ${value === 0 ? "deleter" : "setter"}`);
      callObject(f, value === 0 ? [obj] : [obj, value], null);
      return;
    }
    case L.L_MEMBER: {
      const name = strToJs(loadRef(v, L.MEMBER_NAME));
      if (value === 0 && memberSlot(v, obj) === 0) raise(E.AttributeError, name);
      memberSlot(v, obj);
      storeRef(loadRef(obj, L.INST_SLOTS), ARRAY_ITEMS + 4 * loadI32(v, L.MEMBER_INDEX), value);
      return;
    }
  }
  const t = typeOf(v);
  const f = lookupKey(t, value === 0 ? "__delete__" : "__set__");
  if (f === 0) raise(E.AttributeError, value === 0 ? "__delete__" : "__set__");
  callSpecial(f, v, value === 0 ? [obj] : [obj, value]);
}

export function newMember(typeRef: number, name: number, index: number): number {
  const m = allocFixed(L.L_MEMBER);
  initRef(m, L.MEMBER_TYPE, typeRef);
  initRef(m, L.MEMBER_NAME, name);
  storeI32(m, L.MEMBER_INDEX, index);
  return m;
}

function wrap(layout: number, f: number): number {
  const w = allocFixed(layout);
  initRef(w, L.WRAPPED_FUNC, f);
  return w;
}

export function newClassMethod(f: number): number {
  return wrap(L.L_CLASSMETHOD, f);
}

export function newStaticMethod(f: number): number {
  return wrap(L.L_STATICMETHOD, f);
}

function newProperty(fget: number, fset: number, fdel: number, doc: number): number {
  const p = allocFixed(L.L_PROPERTY);
  initRef(p, L.PROP_FGET, fget);
  initRef(p, L.PROP_FSET, fset);
  initRef(p, L.PROP_FDEL, fdel);
  initRef(p, L.PROP_DOC, doc);
  return p;
}

const orNone = (w: number) => (w === 0 ? noneRef() : w);

function propertyConstruct(args: number[], kw: KwArgs | null): number {
  if (args.length > 4) raise(E.TypeError, `property() takes at most 4 arguments (${args.length} given)`);
  const arg = (i: number, name: string) => args[i] ?? kw?.get(name) ?? noneRef();
  return newProperty(arg(0, "fget"), arg(1, "fset"), arg(2, "fdel"), arg(3, "doc"));
}

T_PROPERTY.construct = propertyConstruct;
T_CLASSMETHOD.construct = (a) => {
  if (a.length !== 1) raise(E.TypeError, `classmethod expected 1 argument, got ${a.length}`);
  return newClassMethod(a[0]!);
};
T_STATICMETHOD.construct = (a) => {
  if (a.length !== 1) raise(E.TypeError, `staticmethod expected 1 argument, got ${a.length}`);
  return newStaticMethod(a[0]!);
};

/** prop.getter(f) and friends: a copy of the property with one accessor replaced. */
function withAccessor(which: number): (a: number[]) => number {
  return ([self, f]) => {
    const parts = [L.PROP_FGET, L.PROP_FSET, L.PROP_FDEL].map((off) => (off === which ? f! : loadRef(self!, off)));
    return newProperty(parts[0]!, parts[1]!, parts[2]!, loadRef(self!, L.PROP_DOC));
  };
}

addMethods(T_PROPERTY, {
  getter: withAccessor(L.PROP_FGET),
  setter: withAccessor(L.PROP_FSET),
  deleter: withAccessor(L.PROP_FDEL),
  __get__: ([self, obj]) => (obj === noneRef() ? self! : descrGet(valueOf(self!), obj!, typeOf(obj!))),
  __set__: ([self, obj, v]) => (descrSet(valueOf(self!), obj!, v!), noneRef()),
  __delete__: ([self, obj]) => (descrSet(valueOf(self!), obj!, 0), noneRef()),
});

/** Is f marked abstract (a true __isabstractmethod__ attribute)? Errors count as no. */
function isAbstract(f: number): boolean {
  if (f === 0 || f === noneRef()) return false;
  try {
    return truthy(getAttrSlow(f, newStr("__isabstractmethod__")));
  } catch (e) {
    if (e !== PENDING) throw e;
    setRoot(ROOT_EXC, 0);
    return false;
  }
}

/** Data attributes of the descriptor objects (fget, __func__, …): the value, or 0 if none. */
export function descrObjectAttr(obj: number, name: string): number {
  switch (layoutOf(obj)) {
    case L.L_PROPERTY: {
      const off = name === "fget" ? L.PROP_FGET : name === "fset" ? L.PROP_FSET : name === "fdel" ? L.PROP_FDEL : name === "__doc__" ? L.PROP_DOC : -1;
      if (name === "__isabstractmethod__") return boolRef([L.PROP_FGET, L.PROP_FSET, L.PROP_FDEL].some((o) => isAbstract(loadRef(obj, o))));
      if (off < 0) return 0;
      return orNone(loadRef(obj, off));
    }
    case L.L_CLASSMETHOD:
    case L.L_STATICMETHOD:
      if (name === "__isabstractmethod__") return boolRef(isAbstract(loadRef(obj, L.WRAPPED_FUNC)));
      return name === "__func__" || name === "__wrapped__" ? loadRef(obj, L.WRAPPED_FUNC) : 0;
    case L.L_MEMBER:
      return name === "__name__" ? loadRef(obj, L.MEMBER_NAME) : name === "__objclass__" ? loadRef(obj, L.MEMBER_TYPE) : 0;
  }
  return 0;
}

/** repr of the descriptor objects. */
export function descrRepr(obj: number, repr: (w: number) => string, hexId: string): string | null {
  switch (layoutOf(obj)) {
    case L.L_PROPERTY:
      return `<property object at ${hexId}>`;
    case L.L_CLASSMETHOD:
      return `<classmethod(${repr(loadRef(obj, L.WRAPPED_FUNC))})>`;
    case L.L_STATICMETHOD:
      return `<staticmethod(${repr(loadRef(obj, L.WRAPPED_FUNC))})>`;
    case L.L_MEMBER:
      return `<member '${strToJs(loadRef(obj, L.MEMBER_NAME))}' of '${typeOfRefName(loadRef(obj, L.MEMBER_TYPE))}' objects>`;
  }
  return null;
}
