/*
 * quicken.ts — the loader's rewrite of a code object's instructions for the eval loop: where an
 * instruction A is followed by B and the opcode table has a superinstruction named A__B
 * (OpFlag.SUPER), A's opcode becomes A__B; its argument stays A's, and B stays in place, so the
 * eval loop reads B's argument from the next word and jumps to B still land on a plain B.
 * A chain (LOAD_FAST LOAD_FAST LOAD_FAST) fuses at every position that starts a pair.
 */

import { OPCODE_TABLE, OpFlag, Op } from "../frontend/opcodes.js";

/** (first opcode << 8 | second opcode) -> superinstruction opcode, from the table's SUPER rows. */
const SUPERS = new Map<number, number>();
OPCODE_TABLE.forEach((row, op) => {
  if ((row.flags & OpFlag.SUPER) === 0) return;
  const [a, b] = row.name.split("__") as [keyof typeof Op, keyof typeof Op];
  SUPERS.set((Op[a] << 8) | Op[b], op);
});

/** The instruction words with superinstructions in place (a new array; the input is not changed). */
export function quicken(instrs: ArrayLike<number>): Int32Array {
  const out = Int32Array.from(instrs);
  for (let i = 0; i + 1 < out.length; i++) {
    const sup = SUPERS.get(((instrs[i]! & 255) << 8) | (instrs[i + 1]! & 255));
    if (sup !== undefined) out[i] = (instrs[i]! & ~255) | sup;
  }
  return out;
}
