"use rts";
/*
 * interp-a.ts — test interpreter (a): a register bytecode machine with an int
 * loop, on the real heap. The bytecode is a heap Bytes object (green `code`
 * with green `pc`); the registers live in a heap I32Array (red `frame`).
 *
 *   ADD a b c     r[a] = r[b] + r[c]
 *   SUBI a k      r[a] = r[a] - k
 *   JPOS a t      if r[a] > 0: pc = t (a backward jump: canEnterJit)
 *   RET a         return r[a]
 */

import { ARRAY_ITEMS, loadI32, loadU8, storeI32 } from "../src/gc/index.js";
import { type Int, type Ref, canEnterJit, elidable, jitDriver, jitMergePoint } from "../src/jit/hints.js";

export const OP_ADD = 1;
export const OP_SUBI = 2;
export const OP_JPOS = 3;
export const OP_RET = 4;

export const driverA = jitDriver({ name: "a", greens: ["pc", "code"], reds: ["frame"], virtualizables: ["frame"] });

/** Bytecode is immutable: a fetch with constant code and pc folds away. */
export const fetch = elidable(function fetch(code: Ref, pc: Int): Int {
  return loadU8(code, ARRAY_ITEMS + pc);
});

function getReg(frame: Ref, r: Int): Int {
  return loadI32(frame, ARRAY_ITEMS + 4 * r);
}

function setReg(frame: Ref, r: Int, v: Int): void {
  storeI32(frame, ARRAY_ITEMS + 4 * r, v);
}

export function interpretA(pc: Int, code: Ref, frame: Ref): Int {
  while (true) {
    jitMergePoint(driverA, pc, code, frame);
    const op = fetch(code, pc);
    switch (op) {
      case OP_ADD:
        setReg(frame, fetch(code, pc + 1), getReg(frame, fetch(code, pc + 2)) + getReg(frame, fetch(code, pc + 3)));
        pc += 4;
        break;
      case OP_SUBI: {
        const a = fetch(code, pc + 1);
        setReg(frame, a, getReg(frame, a) - fetch(code, pc + 2));
        pc += 3;
        break;
      }
      case OP_JPOS:
        if (getReg(frame, fetch(code, pc + 1)) > 0) {
          pc = fetch(code, pc + 2);
          canEnterJit(driverA, pc, code, frame);
        } else {
          pc += 3;
        }
        break;
      case OP_RET:
        return getReg(frame, fetch(code, pc + 1));
      default:
        return -1;
    }
  }
}
