// The opcode table is the single source of truth: these tests pin the properties that the
// compiler, the assembler, the disassembler and (later) the eval loop rely on.

import { describe, expect, it } from "vitest";
import {
  BINARY_OPS,
  COMPARE_OPS,
  MAX_ARG,
  OPCODE_TABLE,
  OP_ARG_KINDS,
  OP_COUNT,
  OP_FLAGS,
  OP_NAMES,
  OP_REAL_COUNT,
  Op,
  OpFlag,
  binaryOpName,
  encodeInstr,
  instrArg,
  instrOp,
  opHasFlag,
  opStackEffect,
} from "../../src/frontend/opcodes.js";

describe("opcode table", () => {
  it("numbers opcodes by row and derives names, flags and arg kinds from the rows", () => {
    expect(OP_COUNT).toBe(OPCODE_TABLE.length);
    OPCODE_TABLE.forEach((row, i) => {
      expect((Op as Record<string, number>)[row.name]).toBe(i);
      expect(OP_NAMES[i]).toBe(row.name);
      expect(OP_FLAGS[i]).toBe(row.flags);
      expect(OP_ARG_KINDS[i]).toBe(row.argKind);
    });
    expect(new Set(OP_NAMES).size).toBe(OP_COUNT);
  });

  it("fits an opcode in the low 8 bits of an instruction word", () => {
    expect(OP_COUNT).toBeLessThanOrEqual(256);
  });

  it("numbers the real opcodes before the compiler-only pseudo-ops", () => {
    OPCODE_TABLE.forEach((row, i) => {
      expect((row.flags & OpFlag.PSEUDO) !== 0).toBe(i >= OP_REAL_COUNT);
    });
  });

  it("gives every opcode a finite stack effect on both edges", () => {
    for (let op = 0; op < OP_COUNT; op++) {
      for (const arg of [0, 1, 2, 3, 0x102]) {
        for (const jump of [false, true]) {
          const effect = opStackEffect(op, arg, jump);
          expect(Number.isInteger(effect), `${OP_NAMES[op]}(${arg})`).toBe(true);
        }
      }
      const doc = OPCODE_TABLE[op]!.doc;
      expect(doc.length, OP_NAMES[op]).toBeGreaterThan(5);
    }
  });

  it("gives non-branching opcodes the same effect on both edges", () => {
    for (let op = 0; op < OP_COUNT; op++) {
      if (opHasFlag(op, OpFlag.JUMP)) continue;
      expect(opStackEffect(op, 2, true)).toBe(opStackEffect(op, 2, false));
    }
  });

  it("marks exactly the jump-target opcodes with argKind jump and the JUMP flag", () => {
    for (let op = 0; op < OP_COUNT; op++) {
      expect(OP_ARG_KINDS[op] === "jump", OP_NAMES[op]).toBe(opHasFlag(op, OpFlag.JUMP));
    }
  });

  it("lets only unconditional jumps go backwards (loop back edges are JUMP_BACKWARD)", () => {
    for (let op = 0; op < OP_COUNT; op++) {
      if (opHasFlag(op, OpFlag.BACKWARD)) {
        expect(opHasFlag(op, OpFlag.TERMINATOR)).toBe(true);
        expect(opHasFlag(op, OpFlag.CONDITIONAL)).toBe(false);
      }
    }
    expect(opHasFlag(Op.JUMP_BACKWARD, OpFlag.BACKWARD)).toBe(true);
    expect(opHasFlag(Op.JUMP_FORWARD, OpFlag.BACKWARD)).toBe(false);
  });

  it("has terminators that never fall through", () => {
    for (const name of ["RETURN_VALUE", "RAISE_VARARGS", "RERAISE", "JUMP_FORWARD", "JUMP_BACKWARD"] as const) {
      expect(opHasFlag(Op[name], OpFlag.TERMINATOR), name).toBe(true);
    }
    expect(opHasFlag(Op.POP_JUMP_IF_FALSE, OpFlag.TERMINATOR)).toBe(false);
  });

  it("computes variable stack effects", () => {
    expect(opStackEffect(Op.BUILD_TUPLE, 3, false)).toBe(-2);
    expect(opStackEffect(Op.BUILD_MAP, 2, false)).toBe(-3);
    expect(opStackEffect(Op.CALL, 2, false)).toBe(-3);
    expect(opStackEffect(Op.CALL_KW, 2, false)).toBe(-4);
    expect(opStackEffect(Op.UNPACK_EX, 1 | (2 << 8), false)).toBe(3);
    expect(opStackEffect(Op.FOR_ITER, 0, false)).toBe(1);
    expect(opStackEffect(Op.FOR_ITER, 0, true)).toBe(-1);
    expect(opStackEffect(Op.MAKE_FUNCTION, 0b1011, false)).toBe(-3);
    expect(opStackEffect(Op.SETUP_CLEANUP, 0, true)).toBe(2);
  });

  it("encodes opcode and argument in one word", () => {
    for (const [op, arg] of [[Op.LOAD_CONST, 0], [Op.JUMP_BACKWARD, 12345], [Op.POP_BLOCK, MAX_ARG]] as const) {
      const w = encodeInstr(op, arg);
      expect(instrOp(w)).toBe(op);
      expect(instrArg(w)).toBe(arg);
    }
  });

  it("names operator arguments", () => {
    expect(binaryOpName(0)).toBe("+");
    expect(binaryOpName(BINARY_OPS.length)).toBe("+=");
    expect(COMPARE_OPS.map((o) => o.symbol)).toEqual(["<", "<=", "==", "!=", ">", ">="]);
  });
});
