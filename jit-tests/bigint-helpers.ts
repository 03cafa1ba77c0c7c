/*
 * bigint-helpers.ts — the "big int" slow path of test interpreter (d): plain
 * TypeScript (not RTS), so the codewriter records calls to it as residual
 * calls. A big value lives in the heap as a Bytes object holding its decimal
 * digits (with a leading '-'), the way a boxed long would; small values stay
 * exact JS integers. Each function decodes, computes with BigInt, and
 * allocates the result: no JS value outlives a call.
 */

import { ARRAY_ITEMS, BYTES, allocVar, loadU8, storeU8, varLength } from "../src/gc/index.js";
import type { Int, Ref } from "../src/jit/hints.js";

export function bigToHeap(x: bigint): Ref {
  const s = x.toString();
  const b = allocVar(BYTES, s.length);
  for (let i = 0; i < s.length; i++) storeU8(b, ARRAY_ITEMS + i, s.charCodeAt(i));
  return b;
}

export function bigFromHeap(b: Ref): bigint {
  let s = "";
  for (let i = 0; i < varLength(b); i++) s += String.fromCharCode(loadU8(b, ARRAY_ITEMS + i));
  return BigInt(s);
}

function value(big: Ref, acc: Int): bigint {
  return big !== 0 ? bigFromHeap(big) : BigInt(acc);
}

/** (big or acc) * k + c, as a heap big. */
export function bigMulAdd(big: Ref, acc: Int, k: Int, c: Int): Ref {
  return bigToHeap(value(big, acc) * BigInt(k) + BigInt(c));
}

/** (big or acc) + x, as a heap big. */
export function bigAdd(big: Ref, acc: Int, x: Int): Ref {
  return bigToHeap(value(big, acc) + BigInt(x));
}

/** The final value (big or acc) as a heap big. */
export function bigResult(big: Ref, acc: Int): Ref {
  return bigToHeap(value(big, acc));
}
