/*
 * objectmethods.ts — the builtin special methods of object, type, BaseException and of the
 * builtin value types a class may derive from (int, float, str, list, tuple, dict, set,
 * frozenset), as tables.
 *
 * They make the protocols in dunders.ts uniform: an instance of `class C(list)` finds
 * list.__getitem__ on its MRO like any method, and `super().__setitem__(k, v)`,
 * `object.__setattr__(self, n, v)`, `int.__add__(self, o)` are ordinary calls. A value type's
 * dunder works on the builtin value (valueOf: the instance's `value` for subclass instances) and
 * reuses the builtin operation; an operand the operation does not accept gives NotImplemented,
 * so the reflected method of the other operand gets its turn.
 */

import { getHandle, getRoot, identityOf, isTaggedInt, popHandles, pushHandle, setRoot, storeRef } from "../gc/index.js";
import { callObject } from "./call.js";
import { isUserObject, lookupKey, newInstance, objectInit, objectInitSubclass, objectNew, typeCall, typeFullName, typeNewBuiltin, valueOf, VALUE_TYPES } from "./classes.js";
import { CMP_NAMES, BINARY_NAMES, NB_OPS, defaultRepr, specialMethod } from "./dunders.js";
import { E, newException, raise, setExcArgs } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictClear, dictGet, dictSet, entries } from "./objects/dict.js";
import { layoutOf, newIntFrom } from "./objects/int.js";
import { listItems, listReplace, newListFrom } from "./objects/list.js";
import { newStr, strToJs } from "./objects/str.js";
import { newTuple } from "./objects/tuple.js";
import { binaryOp } from "./ops/arith.js";
import { compareOp, kindOf, pyHash, truthy } from "./ops/compare.js";
import { formatJs, reprJs, strJs } from "./ops/format.js";
import { containsSlow, getItemSlow, setItemSlow, unaryOpSlow } from "./ops/items.js";
import { getIterSlow } from "./ops/iter.js";
import { genericDelAttr, genericGetAttr, genericSetAttr, getAttrSlow } from "./ops/attrs.js";
import { T_BYTES, T_ELLIPSIS, T_MODULE, T_NONE, T_NOTIMPL, T_RANGE, T_SLICE } from "./typetable.js";
import { PENDING, ROOT_EXC, ROOT_NOTIMPL, boolRef, noneRef } from "./state.js";
import { T_BOOL, T_INT, T_OBJECT, T_TYPE, type BuiltinFn, type TypeDesc, addMethods, isSubtype, isTypeObject, typeDescOf, typeOf } from "./types.js";
import { T_DICT, T_FLOAT, T_FROZENSET, T_LIST, T_SET, T_STR, T_TUPLE } from "./typetable.js";
import { pyLen } from "./builtins.js";

const notImpl = () => getRoot(ROOT_NOTIMPL);

/** Runs a builtin operation; a TypeError from it (the operand kinds do not fit) is NotImplemented. */
function orNotImplemented(f: () => number): number {
  try {
    return f();
  } catch (e) {
    if (e === PENDING && isSubtype(typeOf(getRoot(ROOT_EXC)), E.TypeError)) {
      setRoot(ROOT_EXC, 0);
      return notImpl();
    }
    throw e;
  }
}

/** Operands of a value-type dunder: the builtin values; null when the other is a plain user object. */
function values(a: number, b: number): [number, number] | null {
  const x = valueOf(a);
  const y = valueOf(b);
  if (isUserObject(x) || isUserObject(y)) return null;
  return [x, y];
}

function needSelf(t: TypeDesc, name: string, self: number | undefined): number {
  if (self === undefined) raise(E.TypeError, `unbound method ${t.name}.${name}() needs an argument`);
  if (!isSubtype(typeOf(self), t)) raise(E.TypeError, `descriptor '${name}' for '${t.name}' objects doesn't apply to a '${typeOf(self).name}' object`);
  return self;
}

// ---- object

addMethods(T_OBJECT, { __new__: objectNew }, "static");
addMethods(T_OBJECT, { __init_subclass__: objectInitSubclass, __subclasshook__: () => notImpl() }, "class");
addMethods(T_OBJECT, {
  __init__: objectInit,
  __repr__: ([self]) => newStr(defaultRepr(self!)),
  __str__: ([self]) => newStr(strJs(self!)),
  __format__: ([self, spec]) => {
    if (spec === undefined || isTaggedInt(spec) || layoutOf(spec) !== L.L_STR) raise(E.TypeError, `__format__() argument must be str, not ${spec === undefined ? "nothing" : typeOf(spec).name}`);
    return newStr(formatJs(self!, strToJs(spec)));
  },
  __hash__: ([self]) => newIntFrom(identityOf(self!) >> 3),
  __eq__: ([a, b]) => (a === b ? boolRef(true) : notImpl()),
  __ne__: ([a, b]) => {
    const eq = specialMethod(a!, "__eq__");
    if (eq === 0 || eq === noneRef()) return notImpl();
    const r = callObject(eq, [a!, b!], null);
    return r === notImpl() ? r : boolRef(!truthy(r));
  },
  __lt__: () => notImpl(),
  __le__: () => notImpl(),
  __gt__: () => notImpl(),
  __ge__: () => notImpl(),
  __getattribute__: ([self, name]) => genericGetAttr(self!, name!),
  __setattr__: ([self, name, v]) => (genericSetAttr(self!, name!, v!), noneRef()),
  __delattr__: ([self, name]) => (genericDelAttr(self!, name!), noneRef()),
  __dir__: ([self]) => {
    // CPython: the instance's __dict__ keys plus everything its class's MRO defines
    const names = new Set<string>();
    const mark = pushHandle(self!);
    try {
      const d = attrOrZero(self!, "__dict__");
      if (d !== 0 && !isTaggedInt(d) && layoutOf(d) === L.L_DICT) for (const [k] of entries(d)) names.add(strToJs(k));
      for (const c of typeOf(getHandle(mark)).mro) for (const [k] of entries(getTypeDict(c))) names.add(strToJs(k));
    } finally {
      popHandles(mark);
    }
    return newListFrom([...names].sort().map(newStr));
  },
});

/** obj.name, or 0 when that raises AttributeError. */
function attrOrZero(obj: number, name: string): number {
  try {
    return getAttrSlow(obj, newStr(name));
  } catch (e) {
    if (e !== PENDING || !isSubtype(typeOf(getRoot(ROOT_EXC)), E.AttributeError)) throw e;
    setRoot(ROOT_EXC, 0);
    return 0;
  }
}

// module.__dir__: the module's namespace (not the attributes of the module type)
addMethods(T_MODULE, {
  __dir__: ([self]) => newListFrom([...entries(loadRef(self!, L.MODULE_DICT))].map(([k]) => strToJs(k)).sort().map(newStr)),
});

function getTypeDict(t: TypeDesc): number {
  return t.ref === 0 ? 0 : loadTypeDict(t.ref);
}

import { loadRef } from "../gc/index.js";
function loadTypeDict(ref: number): number {
  return loadRef(ref, L.TYPE_DICT);
}

// ---- type

addMethods(T_TYPE, { __new__: typeNewBuiltin }, "static");
addMethods(T_TYPE, { __prepare__: (_a, _kw) => newDictObj() }, "class");
addMethods(T_TYPE, {
  __init__: (a) => {
    if (a.length !== 2 && a.length !== 4) raise(E.TypeError, "type.__init__() takes 1 or 3 arguments");
    return noneRef();
  },
  __call__: ([cls, ...args], kw) => {
    if (cls === undefined || !isTypeObject(cls)) raise(E.TypeError, "descriptor '__call__' of 'type' object needs an argument");
    return callType(cls!, args, kw);
  },
  __repr__: ([self]) => newStr(`<class '${typeFullName(typeDescOf(self!))}'>`),
  mro: ([self]) => newListFrom(typeDescOf(self!).mro.map((t) => t.ref)),
  // the class's own attributes and its bases' (not the metaclass's)
  __dir__: ([self]) => {
    const names = new Set<string>();
    for (const c of typeDescOf(self!).mro) for (const [k] of entries(getTypeDict(c))) names.add(strToJs(k));
    return newListFrom([...names].sort().map(newStr));
  },
  __subclasses__: ([self]) => newListFrom(typeDescOf(self!).subclasses.map((t) => t.ref)),
  __instancecheck__: ([self, obj]) => boolRef(isSubtype(typeOf(obj!), typeDescOf(self!))),
  __subclasscheck__: ([self, sub]) => boolRef(isTypeObject(sub!) && isSubtype(typeDescOf(sub!), typeDescOf(self!))),
});

import { newDict as newDictObj } from "./objects/dict.js";

/** type.__call__ without the metaclass's own __call__ (call.ts's default for type objects). */
let callType: (cls: number, args: number[], kw: Map<string, number> | null) => number = (cls, args, kw) => typeCall(typeDescOf(cls), args, kw);
export function setCallType(f: typeof callType): void {
  callType = f;
}

// ---- BaseException

addMethods(E.BaseException, { __new__: ([cls, ...args]) => newException(typeDescOf(cls!), args) }, "static");
addMethods(E.BaseException, {
  __init__: ([self, ...rest]) => (setExcArgs(self!, newTuple(rest)), noneRef()),
  __str__: ([self]) => newStr(exceptionStr(self!)),
  __repr__: ([self]) => newStr(`${typeOf(self!).name}(${exceptionArgsRepr(self!)})`),
});

// KeyError's own __str__: a single argument prints as its repr (so super().__str__() in a
// subclass does too)
addMethods(E.KeyError, {
  __str__: ([self]) => {
    const args = loadRef(self!, L.EXC_ARGS);
    return newStr(loadI32(args, 4) === 1 ? reprJs(loadRef(args, L.TUPLE_ITEMS)) : exceptionStr(self!));
  },
});

function exceptionStr(e: number): string {
  const args = loadRef(e, L.EXC_ARGS);
  const n = L.TUPLE_ITEMS;
  const len = (isTaggedInt(args) ? 0 : (loadI32(args, 4) as number)) | 0;
  if (len === 0) return "";
  if (len === 1) return strJs(loadRef(args, n));
  return reprJs(args);
}

function exceptionArgsRepr(e: number): string {
  const args = loadRef(e, L.EXC_ARGS);
  const s = reprJs(args);
  const len = loadI32(args, 4);
  return len === 1 ? s.slice(1, -2) : s.slice(1, -1);
}

import { loadI32 } from "../gc/index.js";

// ---- the builtin value types

for (const t of [T_INT, T_FLOAT, T_STR, T_LIST, T_TUPLE, T_DICT, T_SET, T_FROZENSET]) VALUE_TYPES.add(t);

const MUTABLE = new Set<TypeDesc>([T_LIST, T_DICT, T_SET]);

function valueNew(t: TypeDesc): BuiltinFn {
  return ([cls, ...args], kw) => {
    if (cls === undefined || !isTypeObject(cls)) raise(E.TypeError, `${t.name}.__new__(X): X is not a type object (${cls === undefined ? "NoneType" : typeOf(cls).name})`);
    const ct = typeDescOf(cls!);
    if (!isSubtype(ct, t)) raise(E.TypeError, `${t.name}.__new__(${ct.name}): ${ct.name} is not a subtype of ${t.name}`);
    const value = MUTABLE.has(t) ? t.construct!([], null) : t.construct!(args, kw);
    if (ct === t || !ct.user) return value;
    return newInstance(ct, value);
  };
}

/** list/dict/set.__init__(self, ...): the value is rebuilt from the arguments. */
function valueInit(t: TypeDesc): BuiltinFn {
  return ([self, ...args], kw) => {
    needSelf(t, "__init__", self);
    const h = pushHandle(self!);
    try {
      const fresh = t.construct!(args, kw);
      const me = getHandle(h);
      if (!isTaggedInt(me) && layoutOf(me) === L.L_INSTANCE) storeRef(me, L.INST_VALUE, fresh);
      else if (t === T_LIST) listReplace(me, listItems(fresh));
      else {
        dictClear(me);
        for (const [k, v] of entries(fresh)) dictSet(me, k, v);
      }
      return noneRef();
    } finally {
      popHandles(h);
    }
  };
}

const isIntK = (k: number) => k === L.L_INT || k === L.L_LONG || k === L.L_BOOL;
const isNumK = (k: number) => isIntK(k) || k === L.L_FLOAT;
const isSetK = (k: number) => k === L.L_SET || k === L.L_FROZENSET;

/** Does the builtin operation of `owner` accept an operand of layout k (else NotImplemented)? */
function accepts(owner: TypeDesc, op: number, k: number): boolean {
  if (owner === T_INT) return isIntK(k);
  if (owner === T_FLOAT) return isNumK(k);
  if (owner === T_STR) return op === 6 || (op === 2 ? isIntK(k) : k === L.L_STR);
  if (owner === T_LIST || owner === T_TUPLE) return op === 2 ? isIntK(k) : k === (owner === T_LIST ? L.L_LIST : L.L_TUPLE);
  if (owner === T_DICT) return k === L.L_DICT;
  return isSetK(k);
}

function binaryDunder(op: number, reflected: boolean, inplace: boolean, owner: TypeDesc): BuiltinFn {
  return ([self, other]) => {
    const vs = values(self!, other!);
    if (vs === null) return notImpl();
    const [x, y] = vs;
    if (!accepts(owner, op, kindOf(y)) && !(inplace && owner === T_LIST && op === 0)) return notImpl();
    if (inplace) {
      const r = orNotImplemented(() => binaryOp(op + NB_OPS, x, y));
      return r === x ? self! : r;
    }
    return orNotImplemented(() => (reflected ? binaryOp(op, y, x) : binaryOp(op, x, y)));
  };
}

function compareDunder(op: number, owner: TypeDesc): BuiltinFn {
  return ([self, other]) => {
    const vs = values(self!, other!);
    if (vs === null) return notImpl();
    const [x, y] = vs;
    const kx = kindOf(x);
    const ky = kindOf(y);
    const int = (k: number) => k === L.L_INT || k === L.L_LONG || k === L.L_BOOL;
    const num = (k: number) => int(k) || k === L.L_FLOAT;
    const setLike = (k: number) => k === L.L_SET || k === L.L_FROZENSET;
    // int compares only with ints, float with any number (int.__eq__(1, 1.0) is NotImplemented)
    const fits = owner === T_INT ? int(ky) : owner === T_FLOAT ? num(ky) : kx === ky || (setLike(kx) && setLike(ky));
    if (!fits) return notImpl();
    return orNotImplemented(() => compareOp(op, x, y));
  };
}

const unary = (op: number): BuiltinFn => ([self]) => unaryOpSlow(op, valueOf(self!));

function valueDunders(t: TypeDesc, ops: readonly number[], opts: { reflected: boolean; inplace: readonly number[] }): Record<string, BuiltinFn> {
  const table: Record<string, BuiltinFn> = {
    __new__: valueNew(t),
    __repr__: ([self]) => newStr(reprJs(valueOf(self!))),
    __format__: ([self, spec]) => newStr(formatJs(valueOf(self!), spec === undefined ? "" : strToJs(spec))),
    __getnewargs__: ([self]) => newTuple([valueOf(self!)]),
  };
  CMP_NAMES.forEach((name, op) => (table[name] = compareDunder(op, t)));
  for (const op of ops) {
    table[`__${BINARY_NAMES[op]}__`] = binaryDunder(op, false, false, t);
    if (opts.reflected) table[`__r${BINARY_NAMES[op]}__`] = binaryDunder(op, true, false, t);
  }
  for (const op of opts.inplace) table[`__i${BINARY_NAMES[op]}__`] = binaryDunder(op, false, true, t);
  return table;
}

const ALL_NUMBER_OPS = [0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const FLOAT_OPS = [0, 1, 2, 4, 5, 6, 7];

const seqMethods = (mutable: boolean): Record<string, BuiltinFn> => ({
  __len__: ([self]) => newIntFrom(pyLen(valueOf(self!))),
  __getitem__: ([self, k]) => getItemSlow(valueOf(self!), k!),
  __contains__: ([self, x]) => boolRef(containsSlow(valueOf(self!), x!)),
  __iter__: ([self]) => getIterSlow(valueOf(self!)),
  ...(mutable
    ? {
        __setitem__: ([self, k, v]) => (setItemSlow(valueOf(self!), k!, v!), noneRef()),
        __delitem__: ([self, k]) => (setItemSlow(valueOf(self!), k!, 0), noneRef()),
      }
    : {}),
});

function hashable(): Record<string, BuiltinFn> {
  return { __hash__: ([self]) => newIntFrom(pyHash(valueOf(self!))) };
}

addMethods(T_INT, {
  ...valueDunders(T_INT, ALL_NUMBER_OPS, { reflected: true, inplace: [] }),
  ...hashable(),
  __neg__: unary(1),
  __pos__: unary(0),
  __invert__: unary(3),
  __abs__: ([self]) => unaryAbs(valueOf(self!)),
  __bool__: ([self]) => boolRef(truthy(valueOf(self!))),
  __int__: ([self]) => newIntFrom(intValueOf(valueOf(self!))),
  __index__: ([self]) => newIntFrom(intValueOf(valueOf(self!))),
  __float__: ([self]) => newFloatObj(Number(intValueOf(valueOf(self!)))),
});
addMethods(T_BOOL, { __repr__: ([self]) => newStr(reprJs(valueOf(self!))) });
addMethods(T_FLOAT, {
  ...valueDunders(T_FLOAT, FLOAT_OPS, { reflected: true, inplace: [] }),
  ...hashable(),
  __neg__: unary(1),
  __pos__: unary(0),
  __abs__: ([self]) => unaryAbs(valueOf(self!)),
  __bool__: ([self]) => boolRef(truthy(valueOf(self!))),
  __float__: ([self]) => valueOf(self!),
  __int__: ([self]) => T_INT.construct!([valueOf(self!)], null),
});
addMethods(T_STR, {
  ...valueDunders(T_STR, [0, 2, 6], { reflected: false, inplace: [] }),
  ...seqMethods(false),
  ...hashable(),
  __rmul__: binaryDunder(2, true, false, T_STR),
  __str__: ([self]) => newStr(strJs(valueOf(self!))),
});
addMethods(T_TUPLE, { ...valueDunders(T_TUPLE, [0, 2], { reflected: false, inplace: [] }), ...seqMethods(false), ...hashable(), __rmul__: binaryDunder(2, true, false, T_TUPLE) });
addMethods(T_LIST, { ...valueDunders(T_LIST, [0, 2], { reflected: false, inplace: [0, 2] }), ...seqMethods(true), __rmul__: binaryDunder(2, true, false, T_LIST), __init__: valueInit(T_LIST) });
addMethods(T_DICT, {
  ...valueDunders(T_DICT, [11], { reflected: true, inplace: [11] }),
  ...seqMethods(true),
  __init__: valueInit(T_DICT),
  __getitem__: ([self, k]) => {
    const d = valueOf(self!);
    const v = dictGet(d, k!);
    if (v !== 0) return v;
    if (self !== d) {
      const missing = lookupKey(typeOf(self!), "__missing__");
      if (missing !== 0) return callObject(missing, [self!, k!], null);
    }
    return getItemSlow(d, k!);
  },
});
const SET_OPS = [1, 10, 11, 12];
addMethods(T_SET, { ...valueDunders(T_SET, SET_OPS, { reflected: true, inplace: SET_OPS }), ...seqMethods(false), __init__: valueInit(T_SET) });
addMethods(T_FROZENSET, { ...valueDunders(T_FROZENSET, SET_OPS, { reflected: true, inplace: [] }), ...seqMethods(false), ...hashable() });
for (const t of [T_LIST, T_DICT, T_SET]) t.noneAttrs = ["__hash__"];
// the other builtin types whose repr is not object's: `None.__repr__()`, `b"x".__repr__()`
for (const t of [T_NONE, T_NOTIMPL, T_ELLIPSIS, T_BYTES, T_RANGE, T_SLICE]) addMethods(t, { __repr__: ([self]) => newStr(reprJs(self!)) });

import { intValue } from "./objects/int.js";
import { newFloat as newFloatObj } from "./objects/float.js";
function intValueOf(w: number): number | bigint {
  return intValue(w);
}
function unaryAbs(v: number): number {
  const k = kindOf(v);
  if (k === L.L_FLOAT) return newFloatObj(Math.abs(loadF64(v, L.FLOAT_VALUE)));
  const x = intValue(v);
  return newIntFrom(x < 0 ? (typeof x === "bigint" ? -x : -x) : x);
}
import { loadF64 } from "../gc/index.js";

void identityOf;
