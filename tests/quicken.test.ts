// The loader's superinstructions (src/interp/quicken.ts), derived from the opcode table's SUPER rows.

import { describe, expect, it } from "vitest";
import { OPCODE_TABLE, Op, OpFlag, encodeInstr } from "../src/frontend/opcodes.js";
import { quicken } from "../src/interp/quicken.js";

describe("quicken", () => {
  it("puts A__B in place of A where B follows, keeping A's argument and B as it was", () => {
    const code = [encodeInstr(Op.LOAD_FAST, 3), encodeInstr(Op.LOAD_CONST, 7), encodeInstr(Op.BINARY_OP, 0)];
    const q = quicken(code);
    expect(Array.from(q)).toEqual([encodeInstr(Op.LOAD_FAST__LOAD_CONST, 3), code[1], code[2]]);
    expect(code[0]).toBe(encodeInstr(Op.LOAD_FAST, 3)); // the input is not changed
  });

  it("fuses every position of a chain", () => {
    const q = quicken([encodeInstr(Op.LOAD_FAST, 0), encodeInstr(Op.LOAD_FAST, 1), encodeInstr(Op.LOAD_FAST, 2)]);
    expect(Array.from(q)).toEqual([encodeInstr(Op.LOAD_FAST__LOAD_FAST, 0), encodeInstr(Op.LOAD_FAST__LOAD_FAST, 1), encodeInstr(Op.LOAD_FAST, 2)]);
  });

  it("has one superinstruction per SUPER row, named after the pair it joins", () => {
    for (const row of OPCODE_TABLE.filter((r) => (r.flags & OpFlag.SUPER) !== 0)) {
      const [a, b] = row.name.split("__") as [keyof typeof Op, keyof typeof Op];
      const q = quicken([encodeInstr(Op[a], 5), encodeInstr(Op[b], 6)]);
      expect(q[0]).toBe(encodeInstr(Op[row.name as keyof typeof Op], 5));
    }
  });

  it("leaves other pairs alone", () => {
    const code = [encodeInstr(Op.LOAD_CONST, 1), encodeInstr(Op.LOAD_FAST, 0), encodeInstr(Op.RETURN_VALUE, 0)];
    expect(Array.from(quicken(code))).toEqual(code);
  });
});
