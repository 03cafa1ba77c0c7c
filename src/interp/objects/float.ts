/*
 * float.ts — Python float: a boxed f64 (traces keep floats unboxed; boxing happens only where a
 * value escapes into the heap). Its repr is the frontend's reprFloat (CPython's shortest
 * round-trip formatting); there is no second implementation.
 */

import { allocFixed, loadF64, storeF64 } from "../../gc/index.js";
import { FLOAT_VALUE, L_FLOAT } from "../layouts.js";

export function newFloat(x: number): number {
  const r = allocFixed(L_FLOAT);
  storeF64(r, FLOAT_VALUE, x);
  return r;
}

export function floatValue(w: number): number {
  return loadF64(w, FLOAT_VALUE);
}

/** CPython's float floor division and modulo (float_divmod): the signs follow the divisor. */
export function floatDivmod(a: number, b: number): [number, number] {
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod !== 0) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
  }
  return [floordiv, mod];
}

/** round(x) with ties to even, as CPython's round() without ndigits. */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}
