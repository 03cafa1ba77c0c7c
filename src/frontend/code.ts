// The code object, in its compile-time form: what the compiler produces for a module, class
// body, function, lambda or comprehension, and what the interpreter will load into the heap.
//
// Invariants the interpreter and the JIT rely on:
//   * `instructions` is a flat Uint32Array (see opcodes.ts for the word layout); pc is an index
//     into it; every jump argument is a valid pc; no pseudo-op remains.
//   * `positions` holds four Int32 per instruction: lineno, col_offset, end_lineno,
//     end_col_offset (AST conventions: lines 1-based, columns 0-based UTF-8 byte offsets;
//     -1 when an instruction has no source position, e.g. compiler-generated cleanup).
//   * `exceptionTable` entries are sorted by start and do not overlap; an exception raised at
//     pc in [start, end) pops the stack down to `depth`, pushes the raising pc (lasti) when
//     `pushLasti`, pushes the exception and jumps to `handler`. No entry: propagate.
//   * deref arguments index `cellvars ++ freevars`; cellvars that are also parameters are
//     listed in `cell2arg` (their cell is filled from the argument at frame setup).
//   * `stacksize` bounds the value stack on every path, exception handlers included.

import type { ConstantValue } from "./constants.js";

// Code flags: the values are CPython's.
export const CO_OPTIMIZED = 0x0001;
export const CO_NEWLOCALS = 0x0002;
export const CO_VARARGS = 0x0004;
export const CO_VARKEYWORDS = 0x0008;
export const CO_NESTED = 0x0010;
export const CO_GENERATOR = 0x0020;
export const CO_NOFREE = 0x0040;
export const CO_COROUTINE = 0x0080;
export const CO_ITERABLE_COROUTINE = 0x0100;
export const CO_ASYNC_GENERATOR = 0x0200;
// __future__ flags recorded on code objects (values as CPython 3.11's).
export const CO_FUTURE_DIVISION = 0x20000;
export const CO_FUTURE_ABSOLUTE_IMPORT = 0x40000;
export const CO_FUTURE_WITH_STATEMENT = 0x80000;
export const CO_FUTURE_PRINT_FUNCTION = 0x100000;
export const CO_FUTURE_UNICODE_LITERALS = 0x200000;
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_GENERATOR_STOP = 0x800000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;

export const CODE_FLAG_NAMES: ReadonlyArray<readonly [number, string]> = [
  [CO_OPTIMIZED, "OPTIMIZED"],
  [CO_NEWLOCALS, "NEWLOCALS"],
  [CO_VARARGS, "VARARGS"],
  [CO_VARKEYWORDS, "VARKEYWORDS"],
  [CO_NESTED, "NESTED"],
  [CO_GENERATOR, "GENERATOR"],
  [CO_NOFREE, "NOFREE"],
  [CO_COROUTINE, "COROUTINE"],
  [CO_ITERABLE_COROUTINE, "ITERABLE_COROUTINE"],
  [CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"],
  [CO_FUTURE_ANNOTATIONS, "FUTURE_ANNOTATIONS"],
];

export interface ExceptionTableEntry {
  /** First pc covered. */
  readonly start: number;
  /** One past the last pc covered. */
  readonly end: number;
  readonly handler: number;
  /** Stack depth to unwind to before pushing (lasti and) the exception. */
  readonly depth: number;
  readonly pushLasti: boolean;
}

export type CodeConstant = ConstantValue | CodeObject;

export class CodeObject {
  constructor(
    readonly name: string,
    readonly qualname: string,
    readonly filename: string,
    readonly firstlineno: number,
    readonly argcount: number,
    readonly posonlyargcount: number,
    readonly kwonlyargcount: number,
    readonly flags: number,
    readonly varnames: readonly string[],
    readonly cellvars: readonly string[],
    readonly freevars: readonly string[],
    readonly names: readonly string[],
    readonly consts: readonly CodeConstant[],
    readonly instructions: Uint32Array,
    readonly stacksize: number,
    /** 4 entries per pc: lineno, col, end_lineno, end_col (-1 = none). */
    readonly positions: Int32Array,
    readonly exceptionTable: readonly ExceptionTableEntry[],
    /** For each cellvar, the index of the parameter it is initialised from, or -1. */
    readonly cell2arg: Int32Array,
    /** Stack depth before each instruction (-1: unreachable): static, so (code, pc) gives it. */
    readonly stackDepths: Int32Array,
  ) {}

  get nlocals(): number {
    return this.varnames.length;
  }

  /** Source line of the instruction at pc, or -1. */
  lineOf(pc: number): number {
    return this.positions[pc * 4]!;
  }

  /** Full position of the instruction at pc (for tracebacks with carets). */
  positionOf(pc: number): { lineno: number; col: number; endLineno: number; endCol: number } {
    const p = this.positions;
    return { lineno: p[pc * 4]!, col: p[pc * 4 + 1]!, endLineno: p[pc * 4 + 2]!, endCol: p[pc * 4 + 3]! };
  }

  /** The exception table entry covering pc, if any. */
  handlerFor(pc: number): ExceptionTableEntry | undefined {
    for (const e of this.exceptionTable) {
      if (pc >= e.start && pc < e.end) return e;
    }
    return undefined;
  }
}
