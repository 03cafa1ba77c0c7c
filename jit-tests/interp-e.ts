"use rts";
/*
 * interp-e.ts — test interpreter (e): an object-model loop. Items of two
 * layouts (IntItem, HalfItem) in a heap array; the loop body dispatches on
 * the item's class with promote(classOf(obj)) (-> guard_class) and calls a
 * residual that can raise the RTS way (raising(...), hints.ts), then tests
 * the pending-exception slot (-> guard_no_exception, the test folds away).
 *
 * Frame (FrameE): n, sum, div (i32), items (ref). Bytecode:
 *   SUMITEM   obj = items[n % len]; sum += IntItem: value | HalfItem: value >> 1
 *   DIVADD    q = floorDiv(n, div - n % 3 ... ) ; on error return -1
 *   DEC / JPOS t / RET   as usual; RET returns sum
 */

import { ARRAY_ITEMS, defineLayout, fieldOffset, getRoot, loadI32, loadRef, loadU8, storeI32, varLength } from "../src/gc/index.js";
import { type Int, type Ref, canEnterJit, classOf, elidable, jitDriver, jitMergePoint, promote } from "../src/jit/hints.js";
import { EXC_SLOT, floorDiv } from "./raising-helpers.js";

export const E_SUMITEM = 1;
export const E_DIVADD = 2;
export const E_DEC = 3;
export const E_JPOS = 4;
export const E_RET = 5;

export const FRAME_E = defineLayout("FrameE", [["n", "i32"], ["sum", "i32"], ["div", "i32"], ["items", "ref"]]);
export const FE_N = fieldOffset(FRAME_E, "n");
export const FE_SUM = fieldOffset(FRAME_E, "sum");
export const FE_DIV = fieldOffset(FRAME_E, "div");
export const FE_ITEMS = fieldOffset(FRAME_E, "items");
export const INT_ITEM = defineLayout("IntItem", [["value", "i32"]]);
export const HALF_ITEM = defineLayout("HalfItem", [["value", "i32"]]);
export const ITEM_VALUE = fieldOffset(INT_ITEM, "value");

export const driverE = jitDriver({ name: "e", greens: ["pc", "code"], reds: ["frame"] });

export const fetchE = elidable(function fetchE(code: Ref, pc: Int): Int {
  return loadU8(code, ARRAY_ITEMS + pc);
});

function itemValue(obj: Ref): Int {
  const cls = promote(classOf(obj));
  if (cls === INT_ITEM) return loadI32(obj, ITEM_VALUE);
  return loadI32(obj, ITEM_VALUE) >> 1;
}

export function interpretE(pc: Int, code: Ref, frame: Ref): Int {
  while (true) {
    jitMergePoint(driverE, pc, code, frame);
    const op = fetchE(code, pc);
    if (op === E_SUMITEM) {
      const items = loadRef(frame, FE_ITEMS);
      const obj = loadRef(items, ARRAY_ITEMS + 4 * (loadI32(frame, FE_N) % varLength(items)));
      storeI32(frame, FE_SUM, loadI32(frame, FE_SUM) + itemValue(obj));
      pc += 1;
    } else if (op === E_DIVADD) {
      const q = floorDiv(1000, loadI32(frame, FE_N) - loadI32(frame, FE_DIV));
      if (getRoot(EXC_SLOT) !== 0) return -1;
      storeI32(frame, FE_SUM, loadI32(frame, FE_SUM) + q);
      pc += 1;
    } else if (op === E_DEC) {
      storeI32(frame, FE_N, loadI32(frame, FE_N) - 1);
      pc += 1;
    } else if (op === E_JPOS) {
      if (loadI32(frame, FE_N) > 0) {
        pc = fetchE(code, pc + 1);
        canEnterJit(driverE, pc, code, frame);
      } else pc += 2;
    } else {
      return loadI32(frame, FE_SUM);
    }
  }
}
