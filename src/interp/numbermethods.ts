/*
 * numbermethods.ts — the named methods and data attributes of int and float: bit_length,
 * bit_count, to_bytes/from_bytes, as_integer_ratio, is_integer, hex/fromhex, conjugate, and
 * real/imag/numerator/denominator (served from a __getattr__, as other builtin data attributes).
 */

import { valueOf } from "./classes.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { bytesData, newBytes } from "./objects/bytes.js";
import { floatValue, newFloat } from "./objects/float.js";
import { intValueBig, newIntFrom } from "./objects/int.js";
import { newStr, strToJs } from "./objects/str.js";
import { newTuple } from "./objects/tuple.js";
import { callObject } from "./call.js";
import { kindOf } from "./ops/compare.js";
import { boolRef } from "./state.js";
import { T_BOOL, T_INT, type BuiltinFn, addMethods, typeDescOf, typeName } from "./types.js";
import { T_FLOAT } from "./typetable.js";

const big = (w: number) => intValueBig(valueOf(w));

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

function argOrKw(args: readonly (number | undefined)[], i: number, kw: Map<string, number> | null, name: string): number | undefined {
  return args[i] ?? kw?.get(name);
}

function byteOrder(w: number | undefined): boolean {
  if (w === undefined) return false;
  const v = valueOf(w);
  if (kindOf(v) !== L.L_STR) raise(E.TypeError, `to_bytes() argument 'byteorder' must be str, not ${typeName(w)}`);
  const s = strToJs(v);
  if (s !== "big" && s !== "little") raise(E.ValueError, "byteorder must be either 'little' or 'big'");
  return s === "little";
}

const toBytes: BuiltinFn = ([self, ...args], kw) => {
  const lenW = argOrKw(args, 0, kw, "length");
  const length = lenW === undefined ? 1 : Number(big(lenW));
  if (length < 0) raise(E.ValueError, "length argument must be non-negative");
  const little = byteOrder(argOrKw(args, 1, kw, "byteorder"));
  const signedW = kw?.get("signed");
  const signed = signedW !== undefined && signedW === boolRef(true);
  let n = big(self!);
  if (n < 0n && !signed) raise(E.OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  if (signed ? n >= 1n << (bits - 1n) || n < -(1n << (bits - 1n)) : n >= 1n << bits) raise(E.OverflowError, "int too big to convert");
  if (n < 0n) n += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  if (little) out.reverse();
  return newBytes(out);
};

const fromBytes: BuiltinFn = ([cls, ...args], kw) => {
  const src = argOrKw(args, 0, kw, "bytes");
  if (src === undefined || kindOf(valueOf(src)) !== L.L_BYTES) raise(E.TypeError, `cannot convert '${src === undefined ? "NoneType" : typeName(src)}' object to bytes`);
  const data = bytesData(valueOf(src));
  if (byteOrder(argOrKw(args, 1, kw, "byteorder"))) data.reverse();
  const signedW = kw?.get("signed");
  let n = 0n;
  for (const b of data) n = (n << 8n) | BigInt(b);
  if (signedW === boolRef(true) && data.length > 0 && data[0]! >= 0x80) n -= 1n << BigInt(data.length * 8);
  const r = newIntFrom(n);
  const t = typeDescOf(cls!);
  return t === T_INT ? r : callObject(cls!, [r], null);
};

addMethods(T_INT, {
  bit_length: ([self]) => newIntFrom(bitLength(big(self!))),
  bit_count: ([self]) => {
    const n = big(self!);
    return newIntFrom([...(n < 0n ? -n : n).toString(2)].filter((c) => c === "1").length);
  },
  to_bytes: toBytes,
  as_integer_ratio: ([self]) => newTuple([newIntFrom(big(self!)), newIntFrom(1)]),
  conjugate: ([self]) => newIntFrom(big(self!)),
  __getattr__: ([self, name]) => {
    const key = strToJs(valueOf(name!));
    if (key === "real" || key === "numerator") return newIntFrom(big(self!));
    if (key === "imag") return newIntFrom(0);
    if (key === "denominator") return newIntFrom(1);
    return raise(E.AttributeError, `'${typeName(self!)}' object has no attribute '${key}'`);
  },
});
addMethods(T_INT, { from_bytes: fromBytes }, "class");
void T_BOOL;

/** x = m / 2**e exactly, m an odd integer (or 0). */
function floatRatio(x: number): [bigint, bigint] {
  if (!Number.isFinite(x)) raise(Number.isNaN(x) ? E.ValueError : E.OverflowError, Number.isNaN(x) ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
  let e = 0n;
  let m = x;
  while (m !== Math.floor(m)) {
    m *= 2;
    e++;
  }
  let num = BigInt(m);
  let den = 1n << e;
  while (den > 1n && num % 2n === 0n) {
    num /= 2n;
    den /= 2n;
  }
  return [num, den];
}

/** float.hex(): 0x1.<13 hex digits>p<exp>, all 13 digits, as CPython writes it. */
function floatHex(x: number): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  x = Math.abs(x);
  if (x === 0) return `${sign}0x0.0p+0`;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  const lead = bexp === 0 ? 0 : 1;
  const exp = bexp === 0 ? -1022 : bexp - 1023;
  const digits = mant.toString(16).padStart(13, "0");
  return `${sign}0x${lead}.${digits}p${exp >= 0 ? "+" : ""}${exp}`;
}

const fval = (w: number) => floatValue(valueOf(w));

addMethods(T_FLOAT, {
  is_integer: ([self]) => boolRef(Number.isInteger(fval(self!))),
  as_integer_ratio: ([self]) => {
    const [n, d] = floatRatio(fval(self!));
    return newTuple([newIntFrom(n), newIntFrom(d)]);
  },
  conjugate: ([self]) => newFloat(fval(self!)),
  hex: ([self]) => newStr(floatHex(fval(self!))),
  __getattr__: ([self, name]) => {
    const key = strToJs(valueOf(name!));
    if (key === "real") return newFloat(fval(self!));
    if (key === "imag") return newFloat(0);
    return raise(E.AttributeError, `'${typeName(self!)}' object has no attribute '${key}'`);
  },
});

