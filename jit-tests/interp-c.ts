"use rts";
/*
 * interp-c.ts — test interpreter (c): allocates a heap object per iteration
 * and stores it into a heap array (write barrier), calls a helper whose
 * guard can fail AFTER the helper's first side effect, and reaches a GC
 * safepoint on every back edge (its frame is rooted; `slot` is a green).
 *
 * Frame (layout FrameC): n (i32), count (i32), hits (i32), sum (i32),
 * items (ref, a RefArray of LEN slots). One bytecode:
 *   STEP      box = new Box(n); items[n % LEN] = box; note(frame, n)
 *   DEC       n -= 1
 *   JPOS t    if n > 0: safepoint, pc = t
 *   RET       return count * 1000000 + hits * 1000 + sum of items' values % 1000
 */

import { ARRAY_ITEMS, allocFixed, defineLayout, fieldOffset, getRoot, loadI32, loadRef, loadU8, safepoint, setRoot, storeI32, storeRef, varLength } from "../src/gc/index.js";
import { type Int, type Ref, canEnterJit, elidable, jitDriver, jitMergePoint } from "../src/jit/hints.js";

export const C_STEP = 1;
export const C_DEC = 2;
export const C_JPOS = 3;
export const C_RET = 4;

export const FRAME_C = defineLayout("FrameC", [["n", "i32"], ["count", "i32"], ["hits", "i32"], ["items", "ref"]]);
export const FC_N = fieldOffset(FRAME_C, "n");
export const FC_COUNT = fieldOffset(FRAME_C, "count");
export const FC_HITS = fieldOffset(FRAME_C, "hits");
export const FC_ITEMS = fieldOffset(FRAME_C, "items");
export const BOX = defineLayout("BoxC", [["value", "i32"]]);
export const BOX_VALUE = fieldOffset(BOX, "value");

export const driverC = jitDriver({ name: "c", greens: ["pc", "code", "slot"], reds: ["frame"] });

export const fetchC = elidable(function fetchC(code: Ref, pc: Int): Int {
  return loadU8(code, ARRAY_ITEMS + pc);
});

/** Side effect first, then a branch on a traced value: a guard inside an inlined helper. */
function note(frame: Ref, v: Int): void {
  storeI32(frame, FC_COUNT, loadI32(frame, FC_COUNT) + 1);
  if (v % 7 === 0) {
    storeI32(frame, FC_HITS, loadI32(frame, FC_HITS) + 1);
  }
}

function sumItems(items: Ref): Int {
  let s = 0;
  const len = varLength(items);
  for (let i = 0; i < len; i++) {
    const b = loadRef(items, ARRAY_ITEMS + 4 * i);
    if (b !== 0) s = s + loadI32(b, BOX_VALUE);
  }
  return s;
}

export function interpretC(pc: Int, code: Ref, slot: Int, frame: Ref): Int {
  while (true) {
    jitMergePoint(driverC, pc, code, slot, frame);
    const op = fetchC(code, pc);
    if (op === C_STEP) {
      const n = loadI32(frame, FC_N);
      const box = allocFixed(BOX);
      storeI32(box, BOX_VALUE, n);
      const items = loadRef(frame, FC_ITEMS);
      storeRef(items, ARRAY_ITEMS + 4 * (n % varLength(items)), box);
      note(frame, n);
      pc += 1;
    } else if (op === C_DEC) {
      storeI32(frame, FC_N, loadI32(frame, FC_N) - 1);
      pc += 1;
    } else if (op === C_JPOS) {
      if (loadI32(frame, FC_N) > 0) {
        pc = fetchC(code, pc + 1);
        setRoot(slot, frame);
        safepoint();
        frame = getRoot(slot);
        canEnterJit(driverC, pc, code, slot, frame);
      } else pc += 2;
    } else {
      return loadI32(frame, FC_COUNT) * 1000000 + loadI32(frame, FC_HITS) * 1000 + (sumItems(loadRef(frame, FC_ITEMS)) % 1000);
    }
  }
}
