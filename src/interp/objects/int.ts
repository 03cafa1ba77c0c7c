/*
 * int.ts — Python int: three forms, one value each.
 *
 *   tagged  |n| < 2^30: `n << 1 | 1` in the reference word, no allocation (src/gc's encoding);
 *   Int     |n| < 2^53: a boxed f64 holding the exact integer;
 *   Long    otherwise: sign + base-2^32 magnitude limbs, arithmetic by JS BigInt (residual).
 *
 * Why an f64 box and not an i64 box for the middle range: the RTS value model is a JS number
 * (exact below 2^53) in the interpreter and an i64 in traces, and src/gc has no i64 field kind;
 * an f64 that holds an integer is read with one load in both worlds, and every number below
 * 2^53 is exact in it. So hashes, LCGs and fib(80) (all below 2^53) stay on the number fast
 * path, and only the rare values beyond pay for BigInt. The forms are canonical (a value that
 * fits a smaller form is never stored in a larger one), so two ints are equal only if they
 * have the same form, and the fast paths test forms, not values.
 */

import { allocFixed, allocVar, isTaggedInt, loadF64, loadI32, storeF64, storeI32, untagInt, varLength } from "../../gc/index.js";
import { INT_VALUE, L_BOOL, L_INT, L_LONG, LONG_LIMBS, LONG_SIGN, BOOL_VALUE } from "../layouts.js";

export const SMALL_MIN = -(2 ** 30);
export const SMALL_MAX = 2 ** 30 - 1;
export const BOX_MAX = 2 ** 53 - 1;

export function layoutOf(w: number): number {
  return loadI32(w, 0) & 0xffff;
}

/** Is w an int (not a bool)? */
export function isIntExact(w: number): boolean {
  if (isTaggedInt(w)) return true;
  if (w === 0) return false;
  const l = layoutOf(w);
  return l === L_INT || l === L_LONG;
}

/** Is w an int or a bool (isinstance(w, int))? */
export function isIntLike(w: number): boolean {
  return isIntExact(w) || (w !== 0 && !isTaggedInt(w) && layoutOf(w) === L_BOOL);
}

/** A new int from an exact JS integer (number). */
export function newInt(n: number): number {
  if (n >= SMALL_MIN && n <= SMALL_MAX) return (n << 1) | 1;
  if (n >= -BOX_MAX && n <= BOX_MAX) {
    const r = allocFixed(L_INT);
    storeF64(r, INT_VALUE, n);
    return r;
  }
  return newLong(BigInt(n));
}

/** A new int from a BigInt, in its canonical form. */
const BOX_MAX_BIG = BigInt(BOX_MAX);

/*
 * Magnitudes below 2^64 (the usual Long: a product or a hash just past 2^53) move between a
 * BigInt and two 32-bit limbs through one 8-byte buffer instead of BigInt shifts and masks.
 * The two views share the platform's byte order; the split assumes little-endian and the
 * generic loops below take over on a big-endian host.
 */
const WORD64 = new BigUint64Array(1);
const WORD32 = new Uint32Array(WORD64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const TWO_64 = 1n << 64n;

export function newIntBig(b: bigint): number {
  if (b >= -BOX_MAX_BIG && b <= BOX_MAX_BIG) return newInt(Number(b));
  return newLong(b);
}

function newLong(b: bigint): number {
  const neg = b < 0n;
  let m = neg ? -b : b;
  if (LITTLE_ENDIAN && m < TWO_64) {
    // above BOX_MAX, so the high limb is not zero
    WORD64[0] = m;
    const lo = WORD32[0]!;
    const hi = WORD32[1]!;
    const r = allocVar(L_LONG, 2);
    storeI32(r, LONG_SIGN, neg ? -1 : 1);
    storeI32(r, LONG_LIMBS, lo | 0);
    storeI32(r, LONG_LIMBS + 4, hi | 0);
    return r;
  }
  const limbs: number[] = [];
  while (m > 0n) {
    limbs.push(Number(m & 0xffffffffn) | 0);
    m >>= 32n;
  }
  const r = allocVar(L_LONG, limbs.length);
  storeI32(r, LONG_SIGN, neg ? -1 : 1);
  for (let i = 0; i < limbs.length; i++) storeI32(r, LONG_LIMBS + 4 * i, limbs[i]!);
  return r;
}

/** The value of an int or bool as a JS number (exact, |n| < 2^53) or, for a Long, a BigInt. */
export function intValue(w: number): number | bigint {
  if (isTaggedInt(w)) return untagInt(w);
  const l = layoutOf(w);
  if (l === L_INT) return loadF64(w, INT_VALUE);
  if (l === L_BOOL) return loadI32(w, BOOL_VALUE);
  let m = 0n;
  const n = varLength(w);
  if (LITTLE_ENDIAN && n <= 2) {
    WORD32[0] = loadI32(w, LONG_LIMBS);
    WORD32[1] = n === 2 ? loadI32(w, LONG_LIMBS + 4) : 0;
    m = WORD64[0]!;
    return loadI32(w, LONG_SIGN) < 0 ? -m : m;
  }
  for (let i = n - 1; i >= 0; i--) m = (m << 32n) | BigInt(loadI32(w, LONG_LIMBS + 4 * i) >>> 0);
  return loadI32(w, LONG_SIGN) < 0 ? -m : m;
}

export function intValueBig(w: number): bigint {
  const v = intValue(w);
  return typeof v === "bigint" ? v : BigInt(v);
}

/** An int result of a JS computation that may have left the exact range. */
export function newIntFrom(v: number | bigint): number {
  return typeof v === "bigint" ? newIntBig(v) : newInt(v);
}

export const INT_MAX_STR_DIGITS = 4300;
