/*
 * compare.ts — equality, ordering, hashing and truth of the builtin types (residual code).
 *
 * Numbers compare by value across int/bool/float (exactly: an int beyond 2^53 against a float
 * compares as CPython does, through BigInt when the float is integral); sequences
 * lexicographically; everything else by identity for == and TypeError for ordering, with
 * CPython's message "'<' not supported between instances of 'A' and 'B'".
 *
 * hashOf gives the dict/set hash: the low 32 bits of Python's hash() for numbers (so 1, 1.0 and
 * True meet), the cached str hash, a combination for tuples, and TypeError "unhashable type".
 */

import { getHandle, identityHash, isTaggedInt, loadF64, loadRef, popHandles, pushHandle, untagInt } from "../../gc/index.js";
import { COMPARE_OPS } from "../../frontend/opcodes.js";
import { raise, E } from "../exceptions.js";
import { bytesEqual, bytesLatin1 } from "../objects/bytes.js";
import { newStr } from "../objects/str.js";
import { BYTEARRAY_DATA, FLOAT_VALUE, L_BYTEARRAY, L_BYTES, L_BOOL, L_FLOAT, L_INT, L_LIST, L_LONG, L_STR, L_TUPLE, L_NONE, L_DICT, L_SET, L_FROZENSET, L_RANGE, RANGE_START, RANGE_STEP, RANGE_STOP } from "../layouts.js";
import { dictContains, dictGet, dictLen, entries } from "../objects/dict.js";
import { intValue, layoutOf } from "../objects/int.js";
import { listGet, listLen } from "../objects/list.js";
import { strCompare, strEquals, strHash, strLen } from "../objects/str.js";
import { tupleGet, tupleLen } from "../objects/tuple.js";
import { typeName } from "../types.js";
import { boolRef } from "../state.js";
import { compareError, isUserObject, userCompare, userHash, userTruthy } from "../classes.js";

const MODULUS = (1n << 61n) - 1n;

function isNumberLayout(l: number): boolean {
  return l === L_INT || l === L_LONG || l === L_BOOL || l === L_FLOAT;
}

/** The layout, with tagged ints reported as L_INT. */
export function kindOf(w: number): number {
  return isTaggedInt(w) ? L_INT : layoutOf(w);
}

/** Python's hash() of an int value. */
export function intHash(v: number | bigint): number | bigint {
  if (typeof v === "number") {
    if (Math.abs(v) < 2 ** 53) {
      // |v| < 2^61 - 1: hash is v itself, except -1 -> -2
      return v === -1 ? -2 : v;
    }
    v = BigInt(v);
  }
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2n : h;
}

/** Python's hash() of a float (CPython's _Py_HashDouble). */
export function floatHash(x: number): number | bigint {
  if (Number.isNaN(x)) return 0; // CPython 3.11 hashes NaN by identity; 0 keeps dicts working
  if (!Number.isFinite(x)) return x > 0 ? 314159 : -314159;
  if (Number.isInteger(x)) return intHash(Number.isSafeInteger(x) ? x : BigInt(x));
  // Non-integral: the exact rational m / 2^e reduced mod 2^61 - 1.
  let m = Math.abs(x);
  let e = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m) % MODULUS;
  // multiply by the inverse of 2^e modulo 2^61-1: 2^61 = 1, so 2^-e = 2^(61 - e % 61)
  const inv = (61n - BigInt(e % 61)) % 61n;
  num = ((num << inv) | 0n) % MODULUS;
  let h = x < 0 ? -num : num;
  if (h === -1n) h = -2n;
  return h;
}

/** Python's hash(), as an exact value. */
export function pyHash(w: number): number | bigint {
  const l = kindOf(w);
  switch (l) {
    case L_INT:
    case L_LONG:
    case L_BOOL:
      return intHash(intValue(w));
    case L_FLOAT:
      return floatHash(loadF64(w, FLOAT_VALUE));
    case L_STR:
      return strHash(w);
    case L_BYTES:
      return strHash(newStr(bytesLatin1(w)));
    case L_TUPLE: {
      // CPython's tuplehash (xxHash-style) over 32-bit item hashes is not reproduced exactly yet.
      let h = 0x345678;
      const n = tupleLen(w);
      for (let i = 0; i < n; i++) h = Math.imul(h ^ hashOf(tupleGet(w, i)), 1000003) ^ n;
      return h === -1 ? -2 : h;
    }
    case L_LIST:
    case L_DICT:
    case L_SET:
    case L_BYTEARRAY:
      return raise(E.TypeError, `unhashable type: '${typeName(w)}'`);
    case L_FROZENSET: {
      let h = 0;
      for (const [k] of entries(w)) h ^= Math.imul(hashOf(k), 0x9e3779b1);
      return h;
    }
    default:
      return isUserObject(w) ? userHash(w, intHash, pyHash) : identityHash(w);
  }
}

/** The 32-bit hash used by dict and set. */
export function hashOf(w: number): number {
  if (isTaggedInt(w)) {
    const v = untagInt(w);
    return v === -1 ? -2 : v;
  }
  if (layoutOf(w) === L_STR) return strHash(w);
  const h = pyHash(w);
  return typeof h === "bigint" ? Number(BigInt.asIntN(32, h)) : h | 0;
}

/** Compare two numbers exactly: -1, 0, 1, or NaN when unordered. */
export function numCompare(a: number, b: number): number {
  const x = numValue(a);
  const y = numValue(b);
  if (typeof x === "number" && typeof y === "number") return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  if (typeof x === "bigint" && typeof y === "bigint") return x < y ? -1 : x > y ? 1 : 0;
  // one BigInt, one number (float or int)
  const f = typeof x === "number" ? x : (y as number);
  const big = typeof x === "bigint" ? x : (y as bigint);
  const sign = typeof x === "bigint" ? 1 : -1;
  if (Number.isNaN(f)) return NaN;
  if (!Number.isFinite(f)) return f > 0 ? -sign : sign;
  const fi = BigInt(Math.trunc(f));
  let c = big < fi ? -1 : big > fi ? 1 : 0;
  if (c === 0 && !Number.isInteger(f)) c = f > 0 ? -1 : 1;
  return c * sign;
}

/** An int/bool/float as a JS number, or a BigInt for Longs. */
export function numValue(w: number): number | bigint {
  if (isTaggedInt(w)) return untagInt(w);
  if (layoutOf(w) === L_FLOAT) return loadF64(w, FLOAT_VALUE);
  return intValue(w);
}

export function isNumber(w: number): boolean {
  return isTaggedInt(w) || isNumberLayout(layoutOf(w));
}

/** Python == (builtin types; no user __eq__ yet). */
export function pyEq(a: number, b: number): boolean {
  if (a === b) return !(kindOf(a) === L_FLOAT && Number.isNaN(loadF64(a, FLOAT_VALUE)));
  if (isUserObject(a) || isUserObject(b)) return truthy(userCompare(2, a, b));
  const la = kindOf(a);
  const lb = kindOf(b);
  if (isNumberLayout(la) && isNumberLayout(lb)) return numCompare(a, b) === 0;
  // bytes and bytearray compare by content with each other
  if (la === L_BYTEARRAY || lb === L_BYTEARRAY) {
    const bytesOf = (w: number, l: number) => (l === L_BYTEARRAY ? loadRef(w, BYTEARRAY_DATA) : l === L_BYTES ? w : 0);
    const x = bytesOf(a, la);
    const y = bytesOf(b, lb);
    return x !== 0 && y !== 0 && bytesEqual(x, y);
  }
  if (la !== lb) {
    const setLike = (l: number) => l === L_SET || l === L_FROZENSET;
    if (!(setLike(la) && setLike(lb))) return false;
  }
  switch (la) {
    case L_STR:
      return strEquals(a, b);
    case L_BYTES:
      return bytesEqual(a, b);
    case L_TUPLE: {
      const n = tupleLen(a);
      if (n !== tupleLen(b)) return false;
      for (let i = 0; i < n; i++) if (!pyEq(tupleGet(a, i), tupleGet(b, i))) return false;
      return true;
    }
    case L_LIST: {
      const n = listLen(a);
      if (n !== listLen(b)) return false;
      for (let i = 0; i < n; i++) if (!pyEq(listGet(a, i), listGet(b, i))) return false;
      return true;
    }
    case L_DICT: {
      if (dictLen(a) !== dictLen(b)) return false;
      for (const [k, v] of entries(a)) {
        const w = dictGet(b, k);
        if (w === 0 || !pyEq(v, w)) return false;
      }
      return true;
    }
    case L_SET:
    case L_FROZENSET: {
      if (dictLen(a) !== dictLen(b)) return false;
      for (const [k] of entries(a)) if (!dictContains(b, k)) return false;
      return true;
    }
    case L_RANGE:
      return false;
    default:
      return false;
  }
}

/** Sequence/number/str ordering: negative, 0, positive; NaN if unordered (float NaN). */
export function pyOrder(a: number, b: number, opSymbol: string): number {
  if (isUserObject(a) || isUserObject(b)) return userOrder(a, b, opSymbol);
  const la = kindOf(a);
  const lb = kindOf(b);
  if (isNumberLayout(la) && isNumberLayout(lb)) return numCompare(a, b);
  if (la === lb) {
    if (la === L_STR) return strCompare(a, b);
    if (la === L_TUPLE || la === L_LIST) {
      const get = la === L_TUPLE ? tupleGet : listGet;
      const na = la === L_TUPLE ? tupleLen(a) : listLen(a);
      const nb = la === L_TUPLE ? tupleLen(b) : listLen(b);
      for (let i = 0; i < Math.min(na, nb); i++) {
        const x = get(a, i);
        const y = get(b, i);
        if (!pyEq(x, y)) return pyOrder(x, y, opSymbol);
      }
      return na - nb;
    }
  }
  return raise(E.TypeError, `'${opSymbol}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/**
 * Ordering through the user's comparison methods: "<" answers -1 / 1 / 0 from a < b and
 * b < a (what sorting needs), ">" and the others only whether a op b holds (1 or 0, -1 for
 * "<=" / "<" style checks by min).
 */
function userOrder(a: number, b: number, opSymbol: string): number {
  const op = COMPARE_OPS.findIndex((c) => c.symbol === opSymbol);
  const holds = (x: number, y: number) => {
    const mark = pushHandle(x);
    pushHandle(y);
    try {
      const r = userCompare(op, x, y);
      return r === 0 ? compareError(op, getHandle(mark), getHandle(mark + 1)) : truthy(r);
    } finally {
      popHandles(mark);
    }
  };
  if (op === 0) {
    const mark = pushHandle(a);
    pushHandle(b);
    try {
      if (holds(a, b)) return -1;
      return holds(getHandle(mark + 1), getHandle(mark)) ? 1 : 0;
    } finally {
      popHandles(mark);
    }
  }
  const r = holds(a, b);
  return op === 4 || op === 5 ? (r ? 1 : 0) : r ? -1 : 0;
}

/** COMPARE_OP: op is an index into COMPARE_OPS (<, <=, ==, !=, >, >=). */
export function compareOp(op: number, a: number, b: number): number {
  if (isUserObject(a) || isUserObject(b)) {
    const mark = pushHandle(a);
    pushHandle(b);
    try {
      const r = userCompare(op, a, b);
      return r !== 0 ? r : compareError(op, getHandle(mark), getHandle(mark + 1));
    } finally {
      popHandles(mark);
    }
  }
  switch (op) {
    case 2:
      return boolRef(pyEq(a, b));
    case 3:
      return boolRef(!pyEq(a, b));
  }
  if (kindOf(a) === L_SET || kindOf(a) === L_FROZENSET) {
    if (kindOf(b) === L_SET || kindOf(b) === L_FROZENSET) {
      const sub = (x: number, y: number) => entries(x).every(([k]) => dictContains(y, k));
      const r = op === 0 ? sub(a, b) && dictLen(a) < dictLen(b) : op === 1 ? sub(a, b) : op === 4 ? sub(b, a) && dictLen(b) < dictLen(a) : sub(b, a);
      return boolRef(r);
    }
  }
  const c = pyOrder(a, b, COMPARE_OPS[op]!.symbol);
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
  return boolRef(r);
}

/** Truth value (bool(x)) for the builtin types. */
export function truthy(w: number): boolean {
  if (isTaggedInt(w)) return w !== 1;
  switch (layoutOf(w)) {
    case L_BOOL:
    case L_INT:
    case L_LONG:
      return intValue(w) != 0;
    case L_FLOAT:
      return loadF64(w, FLOAT_VALUE) !== 0;
    case L_NONE:
      return false;
    case L_STR:
      return strLen(w) !== 0;
    case L_TUPLE:
      return tupleLen(w) !== 0;
    case L_LIST:
      return listLen(w) !== 0;
    case L_DICT:
    case L_SET:
    case L_FROZENSET:
      return dictLen(w) !== 0;
    case L_RANGE: {
      const start = numValue(loadRef(w, RANGE_START));
      const stop = numValue(loadRef(w, RANGE_STOP));
      return numValue(loadRef(w, RANGE_STEP)) > 0 ? start < stop : start > stop;
    }
    default:
      return isUserObject(w) ? userTruthy(w) : true;
  }
}
