/*
 * raising-helpers.ts — residual helpers of test interpreter (e): plain
 * TypeScript that signals a Python-level error the RTS way (src/jit/hints.ts):
 * store an exception object in the pending-exception slot, return 0.
 */

import { BYTES, allocRootSlot, allocVar, getRoot, setRoot } from "../src/gc/index.js";
import { type Int, pendingExceptionSlot, raising } from "../src/jit/hints.js";

/** The pending-exception root slot (declared to the JIT); a live binding, see resetPending. */
export let EXC_SLOT = 0;

/** Allocate and declare the slot on a fresh heap (support.ts calls it right after initHeap). */
export function resetPending(): void {
  EXC_SLOT = pendingExceptionSlot(allocRootSlot());
}

export function clearPending(): void {
  setRoot(EXC_SLOT, 0);
}

export function pending(): number {
  return getRoot(EXC_SLOT);
}

/** a // b, or a ZeroDivisionError-like object in the slot and 0. */
export const floorDiv = raising(function floorDiv(a: Int, b: Int): Int {
  if (b === 0) {
    setRoot(EXC_SLOT, allocVar(BYTES, 16));
    return 0;
  }
  return Math.floor(a / b);
});
