"use rts";
/*
 * interp-b.ts — test interpreter (b): a loop body with an if/else that takes
 * both branches (the second branch becomes a bridge) and a float
 * accumulator. Int registers in a heap I32Array, float registers in a heap
 * F64Array, both reached from the frame object (layout FrameB).
 *
 *   IFODD a t    if r[a] is odd: pc = t (forward)
 *   FADDK f k    fr[f] = fr[f] + k * 0.5
 *   FSUBK f k    fr[f] = fr[f] - k * 0.25
 *   GOTO t       pc = t (forward)
 *   SUBI a k / JPOS a t as in (a);  RETF f  returns fr[f]
 */

import { ARRAY_ITEMS, defineLayout, fieldOffset, loadF64, loadI32, loadRef, loadU8, storeF64, storeI32 } from "../src/gc/index.js";
import { type Float, type Int, type Ref, canEnterJit, elidable, jitDriver, jitMergePoint } from "../src/jit/hints.js";

export const B_IFODD = 1;
export const B_FADDK = 2;
export const B_FSUBK = 3;
export const B_GOTO = 4;
export const B_SUBI = 5;
export const B_JPOS = 6;
export const B_RETF = 7;

export const FRAME_B = defineLayout("FrameB", [["ints", "ref"], ["floats", "ref"]]);
export const FRAME_B_INTS = fieldOffset(FRAME_B, "ints");
export const FRAME_B_FLOATS = fieldOffset(FRAME_B, "floats");

export const driverB = jitDriver({ name: "b", greens: ["pc", "code"], reds: ["frame"] });

export const fetchB = elidable(function fetchB(code: Ref, pc: Int): Int {
  return loadU8(code, ARRAY_ITEMS + pc);
});

function ireg(frame: Ref, r: Int): Int {
  return loadI32(loadRef(frame, FRAME_B_INTS), ARRAY_ITEMS + 4 * r);
}

function setIreg(frame: Ref, r: Int, v: Int): void {
  storeI32(loadRef(frame, FRAME_B_INTS), ARRAY_ITEMS + 4 * r, v);
}

function freg(frame: Ref, r: Int): Float {
  return loadF64(loadRef(frame, FRAME_B_FLOATS), ARRAY_ITEMS + 8 * r);
}

function setFreg(frame: Ref, r: Int, v: Float): void {
  storeF64(loadRef(frame, FRAME_B_FLOATS), ARRAY_ITEMS + 8 * r, v);
}

export function interpretB(pc: Int, code: Ref, frame: Ref): Float {
  while (true) {
    jitMergePoint(driverB, pc, code, frame);
    const op = fetchB(code, pc);
    if (op === B_IFODD) {
      if ((ireg(frame, fetchB(code, pc + 1)) & 1) !== 0) pc = fetchB(code, pc + 2);
      else pc += 3;
    } else if (op === B_FADDK) {
      const f = fetchB(code, pc + 1);
      setFreg(frame, f, freg(frame, f) + fetchB(code, pc + 2) * 0.5);
      pc += 3;
    } else if (op === B_FSUBK) {
      const f = fetchB(code, pc + 1);
      setFreg(frame, f, freg(frame, f) - fetchB(code, pc + 2) * 0.25);
      pc += 3;
    } else if (op === B_GOTO) {
      pc = fetchB(code, pc + 1);
    } else if (op === B_SUBI) {
      const a = fetchB(code, pc + 1);
      setIreg(frame, a, ireg(frame, a) - fetchB(code, pc + 2));
      pc += 3;
    } else if (op === B_JPOS) {
      if (ireg(frame, fetchB(code, pc + 1)) > 0) {
        pc = fetchB(code, pc + 2);
        canEnterJit(driverB, pc, code, frame);
      } else pc += 3;
    } else {
      return freg(frame, fetchB(code, pc + 1));
    }
  }
}
