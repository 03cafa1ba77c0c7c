/*
 * dunders.ts — the special-method protocols for objects of user classes: operators (binary,
 * reflected, in-place, unary, rich comparison), items, len/bool/hash, iteration, calls, repr /
 * str / format, and the numeric conversions. Residual code.
 *
 * Special methods are looked up on the type only (lookupKey: the cached MRO lookup), never on
 * the instance, as in CPython. Builtin types have builtin dunders too (objectmethods.ts), so an
 * instance of `class C(list)` finds list.__getitem__ on its MRO and the protocol below needs no
 * case for them. The builtin operations (arith.ts, compare.ts, items.ts, iter.ts, format.ts)
 * call in here only when an operand is an instance of a user class.
 *
 * Every helper may run Python code, which may collect: operands still needed after a call are
 * kept in handles and re-read.
 */

import { getHandle, getRoot, handleMark, identityOf, isTaggedInt, loadRef, popHandles, pushHandle, setRoot } from "../gc/index.js";
import { BINARY_OPS, COMPARE_OPS } from "../frontend/opcodes.js";
import { callObject } from "./call.js";
import { callSpecial, isBuiltinDescr, isBuiltinMethod, isUserObject, lookupKey, typeFullName, valueOf } from "./classes.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { layoutOf } from "./objects/int.js";
import { strToJs, newStr } from "./objects/str.js";
import { PENDING, ROOT_EXC, ROOT_FALSE, ROOT_NONE, ROOT_NOTIMPL, ROOT_TRUE } from "./state.js";
import { T_OBJECT, isSubtype, typeOf, type KwArgs } from "./types.js";

export const BINARY_NAMES = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor"];
export const NB_OPS = BINARY_NAMES.length;
export const CMP_NAMES = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
const CMP_SWAP = [4, 5, 2, 3, 0, 1];

const notImpl = () => getRoot(ROOT_NOTIMPL);
const none = () => getRoot(ROOT_NONE);

/** The special method `name` of obj's type (descriptors not applied), or 0. */
export function specialMethod(obj: number, name: string): number {
  if (obj === 0) return 0;
  return lookupKey(typeOf(obj), name);
}

/** The Python function `name` of obj's user class, or 0 (kept for older callers). */
export function userMethod(obj: number, name: string): number {
  if (!isUserObject(obj)) return 0;
  const v = specialMethod(obj, name);
  return v !== 0 && !isTaggedInt(v) && v !== none() ? v : 0;
}

/** obj.name(*args) for a special method of a user object, or 0 when the class does not define it. */
export function callDunder(obj: number, name: string, args: readonly number[]): number {
  const f = userMethod(obj, name);
  if (f === 0) return 0;
  return callSpecial(f, obj, args);
}

/** Calls the special method on obj with args, rooting obj and args; the result. */
function call2(f: number, obj: number, arg: number): number {
  return callSpecial(f, obj, [arg]);
}

// ---- binary operators

function binaryProtocol(op: number | string, a: number, b: number, ternary: number): number {
  const n = typeof op === "string" ? op : BINARY_NAMES[op]!;
  const mark = pushHandle(a);
  pushHandle(b);
  if (ternary !== 0) pushHandle(ternary);
  const A = () => getHandle(mark);
  const B = () => getHandle(mark + 1);
  const args = (x: number) => (ternary !== 0 ? [x, getHandle(mark + 2)] : [x]);
  try {
    const ta = typeOf(a);
    const tb = typeOf(b);
    const fa = lookupKey(ta, `__${n}__`);
    let fb = ta === tb || ternary !== 0 ? 0 : lookupKey(tb, `__r${n}__`);
    if (fa === none()) return 0;
    if (fb === none()) fb = 0;
    if (fb !== 0 && isSubtype(tb, ta) && fb !== lookupKey(ta, `__r${n}__`)) {
      const r = callSpecial(fb, B(), args(A()));
      if (r !== notImpl()) return r;
      fb = 0;
    }
    if (fa !== 0) {
      const r = callSpecial(fa, A(), args(B()));
      if (r !== notImpl()) return r;
    }
    if (fb !== 0) {
      const r = callSpecial(fb, B(), [A()]);
      if (r !== notImpl()) return r;
    }
    return 0;
  } finally {
    popHandles(mark);
  }
}

const isSeqLayout = (w: number) => {
  if (isTaggedInt(w)) return false;
  const l = layoutOf(valueOf(w));
  return l === L.L_STR || l === L.L_LIST || l === L.L_TUPLE;
};

/** BINARY_OP with a user object among the operands (arg as in the instruction). */
export function userBinaryOp(arg: number, a: number, b: number): number {
  const inplace = arg >= NB_OPS;
  const op = inplace ? arg - NB_OPS : arg;
  const mark = pushHandle(a);
  pushHandle(b);
  try {
    if (inplace) {
      const f = specialMethod(a, `__i${BINARY_NAMES[op]}__`);
      if (f !== 0 && f !== none()) {
        const r = call2(f, a, b);
        if (r !== notImpl()) return r;
      }
    }
    const r = binaryProtocol(op, getHandle(mark), getHandle(mark + 1), 0);
    if (r !== 0) return r;
    return binaryError(op, getHandle(mark), getHandle(mark + 1), inplace);
  } finally {
    popHandles(mark);
  }
}

function binaryError(op: number, a: number, b: number, inplace: boolean): never {
  const name = (w: number) => typeOf(w).name;
  if (op === 2 && (isSeqLayout(a) || isSeqLayout(b)) && !(isSeqLayout(a) && isSeqLayout(b))) raise(E.TypeError, `can't multiply sequence by non-int of type '${name(isSeqLayout(a) ? b : a)}'`);
  if (op === 0 && !isUserObject(a) && isSeqLayout(a)) {
    const base = typeOf(valueOf(a)).name;
    raise(E.TypeError, `can only concatenate ${base} (not "${name(b)}") to ${base}`);
  }
  const sym = BINARY_OPS[op]!.symbol + (inplace ? "=" : "");
  if (op === 7 && !inplace) raise(E.TypeError, `unsupported operand type(s) for ** or pow(): '${name(a)}' and '${name(b)}'`);
  raise(E.TypeError, `unsupported operand type(s) for ${sym}: '${name(a)}' and '${name(b)}'`);
}

/** divmod(a, b) with a user object: __divmod__ / __rdivmod__. */
export function userDivmod(a: number, b: number): number {
  const msg = `unsupported operand type(s) for divmod(): '${typeOf(a).name}' and '${typeOf(b).name}'`;
  const r = binaryProtocol("divmod", a, b, 0);
  if (r !== 0) return r;
  return raise(E.TypeError, msg);
}

/** pow(a, b, m) with a user object: only a's __pow__ takes the third argument. */
export function userTernaryPow(a: number, b: number, m: number): number {
  const names = [a, b, m].map((w) => `'${typeOf(w).name}'`).join(", ");
  const r = binaryProtocol(7, a, b, m);
  if (r !== 0) return r;
  return raise(E.TypeError, `unsupported operand type(s) for ** or pow(): ${names}`);
}

// ---- unary operators

const UNARY = [
  ["__pos__", "+"],
  ["__neg__", "-"],
  ["", ""],
  ["__invert__", "~"],
] as const;

/** +x, -x, ~x (op 0, 1, 3) of a user object. */
export function userUnaryOp(op: number, v: number): number {
  const [name, sym] = UNARY[op]!;
  const f = specialMethod(v, name);
  if (f === 0 || f === none()) raise(E.TypeError, `bad operand type for unary ${sym}: '${typeOf(v).name}'`);
  return callSpecial(f, v, []);
}

export function userAbs(v: number): number {
  const f = specialMethod(v, "__abs__");
  if (f === 0 || f === none()) raise(E.TypeError, `bad operand type for abs(): '${typeOf(v).name}'`);
  return callSpecial(f, v, []);
}

// ---- comparisons

/** A rich comparison involving a user object: the result, or 0 if unsupported (no Python error). */
export function userCompare(op: number, a: number, b: number): number {
  const mark = pushHandle(a);
  pushHandle(b);
  const A = () => getHandle(mark);
  const B = () => getHandle(mark + 1);
  try {
    const ta = typeOf(a);
    const tb = typeOf(b);
    let reflectedDone = false;
    if (ta !== tb && isSubtype(tb, ta)) {
      const fb = lookupKey(tb, CMP_NAMES[CMP_SWAP[op]!]!);
      if (fb !== 0 && fb !== none()) {
        const r = call2(fb, B(), A());
        if (r !== notImpl()) return r;
      }
      reflectedDone = true;
    }
    const fa = lookupKey(ta, CMP_NAMES[op]!);
    if (fa !== 0 && fa !== none()) {
      const r = call2(fa, A(), B());
      if (r !== notImpl()) return r;
    }
    if (!reflectedDone) {
      const fb = lookupKey(typeOf(B()), CMP_NAMES[CMP_SWAP[op]!]!);
      if (fb !== 0 && fb !== none()) {
        const r = call2(fb, B(), A());
        if (r !== notImpl()) return r;
      }
    }
    if (op === 2 || op === 3) return getRoot((A() === B()) === (op === 2) ? ROOT_TRUE : ROOT_FALSE);
    return 0;
  } finally {
    popHandles(mark);
  }
}

export function compareError(op: number, a: number, b: number): never {
  raise(E.TypeError, `'${COMPARE_OPS[op]!.symbol}' not supported between instances of '${typeOf(a).name}' and '${typeOf(b).name}'`);
}

// ---- truth, len, hash

// truthy/intValue through live imports (a hook set during module init could be reset by this
// module's own initializer, depending on module order)
const truthyHook = (w: number): boolean => truthy(w);

/** An int result of __len__/__index__-like methods as a JS number (int subclasses allowed). */
function intResult(r: number, what: string): number {
  const v = valueOf(r);
  if (isTaggedInt(v)) return v >> 1;
  const l = layoutOf(v);
  if (l === L.L_INT || l === L.L_LONG || l === L.L_BOOL) return Number(intValueOf(v));
  return raise(E.TypeError, what.replace("%s", typeOf(r).name));
}

const intValueOf = (w: number): number | bigint => intValue(w);

/** len() of a user object: -1 if it has no __len__. */
export function userLen(obj: number): number {
  const f = specialMethod(obj, "__len__");
  if (f === 0 || f === none()) return -1;
  const r = callSpecial(f, obj, []);
  const n = intResult(r, "'%s' object cannot be interpreted as an integer");
  if (n < 0) raise(E.ValueError, "__len__() should return >= 0");
  if (!Number.isSafeInteger(n) || n > 0x7fffffff) raise(E.OverflowError, "cannot fit 'int' into an index-sized integer");
  return n;
}

/** bool() of a user object: __bool__, then __len__, else true. */
export function userTruthy(obj: number): boolean {
  const f = specialMethod(obj, "__bool__");
  if (f !== 0 && f !== none()) {
    const r = callSpecial(f, obj, []);
    if (r === getRoot(ROOT_TRUE)) return true;
    if (r === getRoot(ROOT_FALSE)) return false;
    raise(E.TypeError, `__bool__ should return bool, returned ${typeOf(r).name}`);
  }
  const n = userLen(obj);
  return n !== 0;
}

/** hash() of a user object: the exact value (CPython reduces it like an int's hash). */
export function userHash(obj: number, intHash: (v: number | bigint) => number | bigint, builtinHash: (w: number) => number | bigint): number | bigint {
  const t = typeOf(obj);
  const f = lookupKey(t, "__hash__");
  if (f === 0 || f === none()) raise(E.TypeError, `unhashable type: '${t.name}'`);
  if (isBuiltinMethod(f, T_OBJECT, "__hash__")) return identityOf(obj) >> 3;
  if (isBuiltinDescr(f)) return builtinHash(valueOf(obj));
  const r = callSpecial(f, obj, []);
  const v = valueOf(r);
  const l = isTaggedInt(v) ? L.L_INT : layoutOf(v);
  if (l !== L.L_INT && l !== L.L_LONG && l !== L.L_BOOL) raise(E.TypeError, "__hash__ method should return an integer");
  return intHash(intValueOf(v));
}

// ---- repr, str, format

/** `<module.C object at 0x...>`: object.__repr__. */
export function defaultRepr(obj: number): string {
  return `<${typeFullName(typeOf(obj))} object at 0x${identityOf(obj).toString(16).padStart(12, "0")}>`;
}

function checkStr(r: number, what: string): string {
  const v = valueOf(r);
  if (isTaggedInt(v) || layoutOf(v) !== L.L_STR) raise(E.TypeError, `${what} returned non-string (type ${typeOf(r).name})`);
  return strToJs(v);
}

// repr/str of builtin values, called at run time only (a live binding: the import cycle
// with format/repr.ts is harmless; a hook variable set during module init was not, since
// module order decides whether its initializer runs after the setter)
const builtinReprHooks = {
  repr: (w: number): string => reprJs(w),
  str: (w: number): string => strJs(w),
};


/**
 * repr()/str() of a user object. Python-level __repr__/__str__ are called; the builtin ones of
 * value types show the value; object's default shows `<module.C object at ...>`. null: an
 * exception or type object whose builtin formatting the caller applies.
 */
export function userReprStr(obj: number, str: boolean): string | null {
  const t = typeOf(obj);
  if (str) {
    const f = lookupKey(t, "__str__");
    if (f !== 0 && f !== none() && !isBuiltinDescr(f)) return checkStr(callSpecial(f, obj, []), "__str__");
    if (f !== 0 && !isBuiltinMethod(f, T_OBJECT, "__str__")) {
      if (layoutOf(obj) === L.L_INSTANCE && valueOf(obj) !== obj) return builtinReprHooks.str(valueOf(obj));
      return null;
    }
  }
  const f = lookupKey(t, "__repr__");
  if (f !== 0 && f !== none() && !isBuiltinDescr(f)) return checkStr(callSpecial(f, obj, []), "__repr__");
  if (layoutOf(obj) === L.L_INSTANCE && valueOf(obj) !== obj && !isBuiltinMethod(f, T_OBJECT, "__repr__")) return builtinReprHooks.repr(valueOf(obj));
  if (layoutOf(obj) !== L.L_INSTANCE && !isBuiltinMethod(f, T_OBJECT, "__repr__")) return null;
  return defaultRepr(obj);
}

/** format(obj, spec) of a user object. */
export function userFormat(obj: number, spec: string, builtinFormat: (w: number, spec: string) => string): string {
  const f = specialMethod(obj, "__format__");
  if (f !== 0 && f !== none() && !isBuiltinDescr(f)) {
    const r = callSpecial(f, obj, [newStr(spec)]);
    const v = valueOf(r);
    if (isTaggedInt(v) || layoutOf(v) !== L.L_STR) raise(E.TypeError, `__format__ must return a str, not ${typeOf(r).name}`);
    return strToJs(v);
  }
  if (f !== 0 && !isBuiltinMethod(f, T_OBJECT, "__format__") && valueOf(obj) !== obj) return builtinFormat(valueOf(obj), spec);
  if (spec !== "") raise(E.TypeError, `unsupported format string passed to ${typeOf(obj).name}.__format__`);
  const s = userReprStr(obj, true);
  return s ?? builtinReprHooks.str(obj);
}

// ---- iteration

/** iter() of a user object: __iter__, or 0 (the caller tries __getitem__ or raises). */
export function userIter(obj: number): number {
  const f = specialMethod(obj, "__iter__");
  if (f === none()) raise(E.TypeError, `'${typeOf(obj).name}' object is not iterable`);
  if (f === 0) return 0;
  const it = callSpecial(f, obj, []);
  const ITERATORS = [L.L_RANGE_ITER, L.L_SEQ_ITER, L.L_BUILTIN_ITER, L.L_GENERATOR];
  const ok = isUserObject(it) ? specialMethod(it, "__next__") !== 0 && specialMethod(it, "__next__") !== none() : !isTaggedInt(it) && ITERATORS.includes(layoutOf(it));
  if (!ok) raise(E.TypeError, `iter() returned non-iterator of type '${typeOf(it).name}'`);
  return it;
}

/** next() on a user iterator: the item, or 0 when its __next__ raised StopIteration. */
export function userNext(it: number): number {
  const f = specialMethod(it, "__next__");
  if (f === 0 || f === none()) raise(E.TypeError, `'${typeOf(it).name}' object is not an iterator`);
  try {
    return callSpecial(f, it, []);
  } catch (e) {
    const exc = getRoot(ROOT_EXC);
    if (e === PENDING && exc !== 0 && isSubtype(typeOf(exc), E.StopIteration)) {
      setRoot(ROOT_EXC, 0);
      return 0;
    }
    throw e;
  }
}

// ---- items

import { classGetItem } from "./typeprotocols.js";
import { reprJs, strJs } from "./format/repr.js";
import { truthy } from "./ops/compare.js";
import { intValue } from "./objects/int.js";
import { isTypeObject } from "./types.js";

export function userGetItem(obj: number, key: number): number {
  const f = specialMethod(obj, "__getitem__");
  if ((f === 0 || f === none()) && isTypeObject(obj)) {
    const r = classGetItem(obj, key);
    if (r !== 0) return r;
  }
  if (f === 0 || f === none()) raise(E.TypeError, `'${typeOf(obj).name}' object is not subscriptable`);
  return call2(f, obj, key);
}

/** obj[key] = v, or del obj[key] when v is 0. */
export function userSetItem(obj: number, key: number, v: number): void {
  const f = specialMethod(obj, v === 0 ? "__delitem__" : "__setitem__");
  if (f === 0 || f === none()) raise(E.TypeError, v === 0 ? `'${typeOf(obj).name}' object doesn't support item deletion` : `'${typeOf(obj).name}' object does not support item assignment`);
  callSpecial(f, obj, v === 0 ? [key] : [key, v]);
}

/** `item in obj` through __contains__: 1, 0, or -1 when the class has none. */
export function userContains(obj: number, item: number): number {
  const f = specialMethod(obj, "__contains__");
  if (f === none()) raise(E.TypeError, `'${typeOf(obj).name}' object is not a container`);
  if (f === 0) return -1;
  return truthyHook(call2(f, obj, item)) ? 1 : 0;
}

// ---- calls

export function userCall(obj: number, args: readonly number[], kw: KwArgs | null): number {
  const f = specialMethod(obj, "__call__");
  if (f === 0 || f === none()) raise(E.TypeError, `'${typeOf(obj).name}' object is not callable`);
  return callSpecial(f, obj, args, kw);
}

// ---- numeric conversions

/** __index__ of a user object as an int object, or 0 when it has none. */
export function userIndex(obj: number): number {
  const f = specialMethod(obj, "__index__");
  if (f === 0 || f === none()) return 0;
  const r = callSpecial(f, obj, []);
  intResult(r, "__index__ returned non-int (type %s)");
  return valueOf(r);
}

/** int(obj): __int__, then __index__; 0 when it has neither. */
export function userInt(obj: number): number {
  const mark = pushHandle(obj);
  try {
    const f = specialMethod(obj, "__int__");
    if (f !== 0 && f !== none()) {
      const r = callSpecial(f, obj, []);
      intResult(r, "__int__ returned non-int (type %s)");
      return valueOf(r);
    }
    const t = specialMethod(getHandle(mark), "__trunc__");
    if (t !== 0 && t !== none() && specialMethod(getHandle(mark), "__index__") === 0) {
      const r = callSpecial(t, getHandle(mark), []);
      intResult(r, "__trunc__ returned non-Integral (type %s)");
      return valueOf(r);
    }
    return userIndex(getHandle(mark));
  } finally {
    popHandles(mark);
  }
}

/** float(obj): __float__ (must return a float), then __index__; 0 when it has neither. */
export function userFloat(obj: number): number {
  const f = specialMethod(obj, "__float__");
  if (f !== 0 && f !== none()) {
    const owner = typeOf(obj).name;
    const r = callSpecial(f, obj, []);
    const v = valueOf(r);
    if (isTaggedInt(v) || layoutOf(v) !== L.L_FLOAT) raise(E.TypeError, `${owner}.__float__ returned non-float (type ${typeOf(r).name})`);
    return v;
  }
  return userIndex(obj);
}

/** round(obj[, n]) through __round__. */
export function userRound(obj: number, nd: number | undefined): number {
  const f = specialMethod(obj, "__round__");
  if (f === 0 || f === none()) raise(E.TypeError, `type ${typeOf(obj).name} doesn't define __round__ method`);
  return callSpecial(f, obj, nd === undefined ? [] : [nd]);
}

/** Is obj callable (builtin callables are the caller's business)? */
export function userCallable(obj: number): boolean {
  const f = specialMethod(obj, "__call__");
  return f !== 0 && f !== none();
}

export { callObject, handleMark, loadRef };
