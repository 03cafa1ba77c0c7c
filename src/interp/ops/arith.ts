/*
 * arith.ts — BINARY_OP for the builtin types (the residual slow path; the eval loop handles
 * tagged-int + - and comparisons inline).
 *
 * Dispatch is a table per operand kind: int x int (exact: JS numbers while the result stays
 * below 2^53, JS BigInt beyond), then numbers with a float (IEEE with CPython's errors and
 * signs), then sequences, sets and str. What no row accepts is CPython's TypeError
 * "unsupported operand type(s) for +: 'int' and 'str'".
 */

import { BINARY_OPS } from "../../frontend/opcodes.js";
import { E, raise } from "../exceptions.js";
import { boolRef } from "../state.js";
import { L_BOOL, L_DICT, L_FLOAT, L_FROZENSET, L_INT, L_LIST, L_LONG, L_SET, L_STR, L_TUPLE } from "../layouts.js";
import { dictContains, dictCopy, dictDelete, dictSet, entries, newDict } from "../objects/dict.js";
import { floatDivmod, newFloat } from "../objects/float.js";
import { INT_MAX_STR_DIGITS, newIntFrom } from "../objects/int.js";
import { listAppend, listItems, newListFrom, newListRepeat } from "../objects/list.js";
import { strConcat, strRepeat } from "../objects/str.js";
import { newTuple, tupleItems } from "../objects/tuple.js";
import { typeName } from "../types.js";
import { isUserObject, userBinaryOp } from "../classes.js";
import { kindOf, numValue } from "./compare.js";
import { formatPercent } from "./format.js";

export const OP_ADD = 0;
export const OP_SUB = 1;
export const OP_MUL = 2;
export const OP_MATMUL = 3;
export const OP_DIV = 4;
export const OP_FLOORDIV = 5;
export const OP_MOD = 6;
export const OP_POW = 7;
export const OP_LSHIFT = 8;
export const OP_RSHIFT = 9;
export const OP_AND = 10;
export const OP_OR = 11;
export const OP_XOR = 12;
export const NB_OPS = BINARY_OPS.length;

const isIntKind = (l: number) => l === L_INT || l === L_LONG || l === L_BOOL;
const isNumKind = (l: number) => isIntKind(l) || l === L_FLOAT;

function big(v: number | bigint): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/**
 * x & y, x | y or x ^ y of two safe integers without BigInt: each is hi·2^32 + lo with lo in
 * [0, 2^32) and hi = floor(x / 2^32) (|hi| < 2^21, so its int32 bits sign-extend as the
 * infinite two's complement of x does); the operation applies to the halves separately.
 */
function bitwiseSafe(op: number, x: number, y: number): number {
  const xl = x >>> 0;
  const yl = y >>> 0;
  const xh = (x - xl) / 4294967296;
  const yh = (y - yl) / 4294967296;
  if (op === OP_AND) return (xh & yh) * 4294967296 + ((xl & yl) >>> 0);
  if (op === OP_OR) return (xh | yh) * 4294967296 + ((xl | yl) >>> 0);
  return (xh ^ yh) * 4294967296 + ((xl ^ yl) >>> 0);
}

/** Exact int arithmetic; numbers while safe, BigInt otherwise. Returns a number|bigint or a float marker. */
export function intArith(op: number, x: number | bigint, y: number | bigint): number {
  if (typeof x === "number" && typeof y === "number") {
    let r: number;
    switch (op) {
      case OP_ADD:
        r = x + y;
        if (Number.isSafeInteger(r)) return newIntFrom(r);
        break;
      case OP_SUB:
        r = x - y;
        if (Number.isSafeInteger(r)) return newIntFrom(r);
        break;
      case OP_MUL:
        r = x * y;
        if (Number.isSafeInteger(r)) return newIntFrom(r === 0 ? 0 : r);
        break;
      case OP_FLOORDIV:
      case OP_MOD:
        if (y === 0) raise(E.ZeroDivisionError, op === OP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
        if (Math.abs(x) <= 2 ** 31 && Math.abs(y) <= 2 ** 31) {
          let m = x % y;
          if (m !== 0 && m < 0 !== y < 0) m += y;
          if (op === OP_MOD) return newIntFrom(m === 0 ? 0 : m);
          return newIntFrom((x - m) / y);
        }
        break;
      case OP_AND:
      case OP_OR:
      case OP_XOR:
        if ((x | 0) === x && (y | 0) === y) return newIntFrom(op === OP_AND ? x & y : op === OP_OR ? x | y : x ^ y);
        return newIntFrom(bitwiseSafe(op, x, y));
      case OP_RSHIFT:
        if (y >= 0) return newIntFrom(y > 53 ? (x < 0 ? -1 : 0) : Math.floor(x / 2 ** y));
        break;
      case OP_LSHIFT:
        if (y >= 0 && y <= 53) {
          r = x * 2 ** y;
          if (Number.isSafeInteger(r)) return newIntFrom(r === 0 ? 0 : r);
        }
        break;
    }
  }
  const a = big(x);
  const b = big(y);
  switch (op) {
    case OP_ADD:
      return newIntFrom(a + b);
    case OP_SUB:
      return newIntFrom(a - b);
    case OP_MUL:
      return newIntFrom(a * b);
    case OP_FLOORDIV:
    case OP_MOD: {
      if (b === 0n) raise(E.ZeroDivisionError, op === OP_MOD ? "integer modulo by zero" : "integer division or modulo by zero");
      let m = a % b;
      if (m !== 0n && m < 0n !== b < 0n) m += b;
      return newIntFrom(op === OP_MOD ? m : (a - m) / b);
    }
    case OP_DIV:
      return trueDivide(a, b);
    case OP_POW:
      if (b < 0n) {
        if (a === 0n) raise(E.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return newFloat(Number(a) ** Number(b));
      }
      if (b > 100000n && a !== 0n && a !== 1n && a !== -1n) return raise(E.MemoryError, "");
      return newIntFrom(a ** b);
    case OP_LSHIFT:
      if (b < 0n) raise(E.ValueError, "negative shift count");
      if (b > 1n << 20n && a !== 0n) raise(E.OverflowError, "too many digits in integer");
      return newIntFrom(a << b);
    case OP_RSHIFT:
      if (b < 0n) raise(E.ValueError, "negative shift count");
      return newIntFrom(a >> b);
    case OP_AND:
      return newIntFrom(a & b);
    case OP_OR:
      return newIntFrom(a | b);
    case OP_XOR:
      return newIntFrom(a ^ b);
  }
  return 0;
}

function trueDivide(a: bigint, b: bigint): number {
  if (b === 0n) raise(E.ZeroDivisionError, "division by zero");
  const lim = 1n << 53n;
  if (a < lim && a > -lim && b < lim && b > -lim) return newFloat(Number(a) / Number(b));
  // Scale so the quotient has 64+ significant bits, then let Number() round once more.
  const neg = a < 0n !== b < 0n;
  let n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  const shift = BigInt(Math.max(0, 70 - (n.toString(2).length - d.toString(2).length)));
  n <<= shift;
  const q = Number(n / d) / 2 ** Number(shift);
  if (!Number.isFinite(q)) raise(E.OverflowError, "integer division result too large for a float");
  return newFloat(neg ? -q : q);
}

function toFloat(v: number | bigint): number {
  if (typeof v === "number") return v;
  const f = Number(v);
  if (!Number.isFinite(f)) raise(E.OverflowError, "int too large to convert to float");
  return f;
}

export function floatArith(op: number, x: number, y: number): number {
  switch (op) {
    case OP_ADD:
      return newFloat(x + y);
    case OP_SUB:
      return newFloat(x - y);
    case OP_MUL:
      return newFloat(x * y);
    case OP_DIV:
      if (y === 0) raise(E.ZeroDivisionError, "float division by zero");
      return newFloat(x / y);
    case OP_FLOORDIV:
      if (y === 0) raise(E.ZeroDivisionError, "float floor division by zero");
      return newFloat(floatDivmod(x, y)[0]);
    case OP_MOD:
      if (y === 0) raise(E.ZeroDivisionError, "float modulo");
      return newFloat(floatDivmod(x, y)[1]);
    case OP_POW: {
      if (x === 0 && y < 0) raise(E.ZeroDivisionError, "0.0 cannot be raised to a negative power");
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) raise(E.ValueError, "complex results are not supported yet");
      if (x === 1 || y === 0) return newFloat(1);
      const r = x ** y;
      if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) raise(E.OverflowError, "(34, 'Numerical result out of range')");
      return newFloat(r);
    }
  }
  return 0;
}

function unsupported(op: number, a: number, b: number, inplace: boolean): never {
  const sym = BINARY_OPS[op]!.symbol + (inplace ? "=" : "");
  if (op === OP_POW && !inplace) raise(E.TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(a)}' and '${typeName(b)}'`);
  raise(E.TypeError, `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function repeatCount(w: number): number | null {
  const l = kindOf(w);
  if (!isIntKind(l)) return null;
  const v = numValue(w);
  if (typeof v === "bigint") raise(E.OverflowError, "cannot fit 'int' into an index-sized integer");
  return Math.max(0, v as number);
}

function setOp(op: number, a: number, b: number, layout: number, inplace: boolean): number {
  const r = inplace ? a : dictCopy(a, layout);
  switch (op) {
    case OP_OR:
      for (const [k] of entries(b)) dictSet(r, k, 0);
      return r;
    case OP_SUB:
      for (const [k] of entries(b)) dictDelete(r, k);
      return r;
    case OP_AND: {
      const out = newDict(layout);
      for (const [k] of entries(a)) if (dictContains(b, k)) dictSet(out, k, 0);
      if (!inplace) return out;
      for (const [k] of entries(a)) if (!dictContains(out, k)) dictDelete(a, k);
      return a;
    }
    case OP_XOR:
      for (const [k] of entries(b)) {
        if (dictContains(a, k)) dictDelete(r, k);
        else dictSet(r, k, 0);
      }
      return r;
  }
  return 0;
}

/** BINARY_OP's slow path; `arg` as in the instruction (in-place forms from NB_OPS on). */
export function binaryOp(arg: number, a: number, b: number): number {
  if (isUserObject(a) || isUserObject(b)) return userBinaryOp(arg, a, b);
  const inplace = arg >= NB_OPS;
  const op = inplace ? arg - NB_OPS : arg;
  const la = kindOf(a);
  const lb = kindOf(b);
  if (la === L_BOOL && lb === L_BOOL && (op === OP_AND || op === OP_OR || op === OP_XOR)) {
    // bool's own &, |, ^ keep the type: True & False is False, not 0
    const x = numValue(a) !== 0;
    const y = numValue(b) !== 0;
    return boolRef(op === OP_AND ? x && y : op === OP_OR ? x || y : x !== y);
  }
  if (isIntKind(la) && isIntKind(lb)) {
    if (op === OP_DIV) return trueDivide(big(numValue(a)), big(numValue(b)));
    if (op === OP_MATMUL) unsupported(op, a, b, inplace);
    if (op === OP_POW) {
      const y = numValue(b);
      if (y < 0) {
        const x = toFloat(numValue(a));
        if (x === 0) raise(E.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return newFloat(x ** toFloat(y));
      }
    }
    return intArith(op, numValue(a), numValue(b));
  }
  if (isNumKind(la) && isNumKind(lb)) {
    if (op >= OP_LSHIFT || op === OP_MATMUL) unsupported(op, a, b, inplace);
    return floatArith(op, toFloat(numValue(a)), toFloat(numValue(b)));
  }
  switch (la) {
    case L_STR:
      if (op === OP_ADD && lb === L_STR) return strConcat(a, b);
      if (op === OP_MUL) {
        const n = repeatCount(b);
        if (n !== null) return strRepeat(a, n);
      }
      if (op === OP_MOD) return formatPercent(a, b);
      if (op === OP_ADD) raise(E.TypeError, `can only concatenate str (not "${typeName(b)}") to str`);
      break;
    case L_LIST:
      if (op === OP_ADD && lb === L_LIST) {
        if (inplace) {
          for (const v of listItems(b)) listAppend(a, v);
          return a;
        }
        return newListFrom([...listItems(a), ...listItems(b)]);
      }
      if (op === OP_ADD && inplace && lb === L_TUPLE) {
        for (const v of tupleItems(b)) listAppend(a, v);
        return a;
      }
      if (op === OP_MUL) {
        const n = repeatCount(b);
        if (n !== null) return newListRepeat(listItems(a), n);
      }
      if (op === OP_ADD) raise(E.TypeError, `can only concatenate list (not "${typeName(b)}") to list`);
      break;
    case L_TUPLE:
      if (op === OP_ADD && lb === L_TUPLE) return newTuple([...tupleItems(a), ...tupleItems(b)]);
      if (op === OP_MUL) {
        const n = repeatCount(b);
        if (n !== null) {
          const items = tupleItems(a);
          const out: number[] = [];
          for (let i = 0; i < n; i++) out.push(...items);
          return newTuple(out);
        }
      }
      if (op === OP_ADD) raise(E.TypeError, `can only concatenate tuple (not "${typeName(b)}") to tuple`);
      break;
    case L_SET:
    case L_FROZENSET:
      if ((lb === L_SET || lb === L_FROZENSET) && (op === OP_OR || op === OP_AND || op === OP_SUB || op === OP_XOR)) return setOp(op, a, b, la, inplace);
      break;
    case L_DICT:
      if (op === OP_OR && lb === L_DICT) {
        const r = inplace ? a : dictCopy(a);
        for (const [k, v] of entries(b)) dictSet(r, k, v);
        return r;
      }
      break;
  }
  const isSeq = (l: number) => l === L_STR || l === L_LIST || l === L_TUPLE;
  if (op === OP_MUL && isSeq(lb) && isIntKind(la)) return binaryOp(arg, b, a);
  // sequence repetition by a non-int: CPython's sq_repeat message names the other operand
  if (op === OP_MUL && (isSeq(la) || isSeq(lb))) raise(E.TypeError, `can't multiply sequence by non-int of type '${typeName(isSeq(la) ? b : a)}'`);
  return unsupported(op, a, b, inplace);
}

/** The int's decimal digits, with CPython 3.11's limit on huge conversions. */
export function intToDecimal(v: number | bigint): string {
  if (typeof v === "number") return String(v);
  const s = v.toString();
  if (s.length - (v < 0n ? 1 : 0) > INT_MAX_STR_DIGITS) raise(E.ValueError, `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  return s;
}
