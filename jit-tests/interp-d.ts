"use rts";
/*
 * interp-d.ts — test interpreter (d): Python-like ints. The accumulator is an
 * exact integer on the fast path (checked with intMulOvf/intAddOvf and
 * overflowed(), src/jit/hints.ts) until it leaves the fast-path range; then
 * it becomes a "big int" in the heap (`big`, non-null) and every later step
 * goes through residual calls (bigint-helpers.ts), as a boxed long would.
 * The registers n, acc and big are reds: ints above 2^31 cannot live in an
 * I32Array, and a red int is a machine word in the trace.
 *
 *   MULADD k c   acc = acc * k + c
 *   ADDN         acc = acc + n
 *   DEC          n -= 1
 *   JPOS t       if n > 0: pc = t (canEnterJit)
 *   RET          return acc (or big) as a heap big
 */

import { ARRAY_ITEMS, loadU8 } from "../src/gc/index.js";
import { type Int, type Ref, canEnterJit, elidable, intAddOvf, intMulOvf, jitDriver, jitMergePoint, overflowed } from "../src/jit/hints.js";
import { bigAdd, bigMulAdd, bigResult } from "./bigint-helpers.js";

export const D_MULADD = 1;
export const D_ADDN = 2;
export const D_DEC = 3;
export const D_JPOS = 4;
export const D_RET = 5;

export const driverD = jitDriver({ name: "d", greens: ["pc", "code"], reds: ["n", "acc", "big"] });

export const fetchD = elidable(function fetchD(code: Ref, pc: Int): Int {
  return loadU8(code, ARRAY_ITEMS + pc);
});

export function interpretD(pc: Int, code: Ref, n: Int, acc: Int, big: Ref): Ref {
  while (true) {
    jitMergePoint(driverD, pc, code, n, acc, big);
    const op = fetchD(code, pc);
    if (op === D_MULADD) {
      const k = fetchD(code, pc + 1);
      const c = fetchD(code, pc + 2);
      if (big !== 0) big = bigMulAdd(big, acc, k, c);
      else {
        // test each result before using it: an overflowed result means nothing
        const p = intMulOvf(acc, k);
        if (overflowed(p)) big = bigMulAdd(0, acc, k, c);
        else {
          const s = intAddOvf(p, c);
          if (overflowed(s)) big = bigMulAdd(0, acc, k, c);
          else acc = s;
        }
      }
      pc += 3;
    } else if (op === D_ADDN) {
      if (big !== 0) big = bigAdd(big, acc, n);
      else {
        const s = intAddOvf(acc, n);
        if (overflowed(s)) big = bigAdd(0, acc, n);
        else acc = s;
      }
      pc += 1;
    } else if (op === D_DEC) {
      n = n - 1;
      pc += 1;
    } else if (op === D_JPOS) {
      if (n > 0) {
        pc = fetchD(code, pc + 1);
        canEnterJit(driverD, pc, code, n, acc, big);
      } else pc += 2;
    } else {
      return bigResult(big, acc);
    }
  }
}
