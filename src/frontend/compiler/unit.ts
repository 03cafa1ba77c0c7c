// A code unit: the code object being built for one scope, and its assembler.
//
// The compiler appends instructions to a flat list; jumps point at Labels that are placed
// later (or earlier, for loop heads). Try regions are tracked at compile time as a linked
// stack of HandlerRegions: SETUP_* pushes one (after recording the SETUP pseudo-instruction),
// POP_BLOCK pops one, and every emitted instruction remembers the innermost region it is in.
// A jump records the region stack it was emitted under on its target label, and placing the
// label restores that stack, so code after an unconditional jump (an except clause, a finally
// block) continues under the right regions without a CFG pass.
//
// assemble() then:
//   1. computes stack depths by walking the control-flow graph from pc 0 (SETUP edges lead to
//      handlers with the values the unwinder pushes) and fails loudly on a depth conflict;
//   2. drops pseudo-instructions, renumbers label positions, turns JUMP_FORWARD into
//      JUMP_BACKWARD where the target is not later, checks that conditional jumps go forward;
//   3. coalesces runs of instructions with the same region into the exception table, with the
//      depth measured at the region's SETUP.

import type { Block } from "../symtable.js";
import { CodeObject, type CodeConstant, type ExceptionTableEntry } from "../code.js";
import { CodePointStr, ConstFrozenset, ConstTuple, PyComplex, type ConstantValue } from "../constants.js";
import { MAX_ARG, Op, OpFlag, OP_FLAGS, OP_NAMES, encodeInstr, opStackEffect } from "../opcodes.js";
import { InternalCompilerError } from "./diagnostics.js";

export class Label {
  /** Instruction index once placed, else -1. */
  pos = -1;
  /** The region stack of the first jump to this label (undefined: no jump seen yet). */
  handler: HandlerRegion | null | undefined = undefined;
}

export class HandlerRegion {
  constructor(
    readonly parent: HandlerRegion | null,
    readonly label: Label,
    readonly pushLasti: boolean,
    /** The SETUP instruction's index (its depth gives the region's unwind depth). */
    readonly setupIndex: number,
    /** Values below the SETUP point that the handler does not keep (1 for SETUP_WITH). */
    readonly dropBelow: number,
  ) {}
}

/** Source position: lineno, col_offset, end_lineno, end_col_offset (-1 = none). */
export type Position = readonly [number, number, number, number];
export const NO_POSITION: Position = [-1, -1, -1, -1];

interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  pos: Position;
  handler: HandlerRegion | null;
}

/** Compile-time frame blocks, for break/continue/return unwinding. */
export type FBlockKind =
  | "WHILE_LOOP"
  | "FOR_LOOP"
  | "TRY_EXCEPT"
  | "FINALLY_TRY"
  | "FINALLY_END"
  | "WITH"
  | "ASYNC_WITH"
  | "HANDLER_CLEANUP"
  | "POP_VALUE"
  | "EXCEPTION_HANDLER"
  | "EXCEPTION_GROUP_HANDLER"
  | "ASYNC_COMPREHENSION_GENERATOR";

export interface FBlock {
  kind: FBlockKind;
  /** Loop head (continue target). */
  start: Label | null;
  /** Loop exit (break target). */
  exit: Label | null;
  /** FINALLY_TRY: the finally body; HANDLER_CLEANUP: the bound name; WITH: the statement. */
  datum: unknown;
}

export type ScopeKind = "module" | "class" | "function" | "async_function" | "lambda" | "comprehension";

export class CodeUnit {
  readonly instrs: Instr[] = [];
  readonly consts: CodeConstant[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[];
  private readonly varnameIndex = new Map<string, number>();
  readonly cellvars: string[];
  readonly freevars: string[];
  readonly fblocks: FBlock[] = [];
  handler: HandlerRegion | null = null;
  pos: Position = NO_POSITION;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Private name for mangling (the enclosing class's name). */
  privateName: string | null;

  constructor(
    readonly block: Block,
    readonly scopeKind: ScopeKind,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
    privateName: string | null,
  ) {
    this.privateName = privateName;
    this.varnames = [...block.varnames];
    this.varnames.forEach((n, i) => this.varnameIndex.set(n, i));
    this.cellvars = block.cellvars();
    this.freevars = block.freevars();
  }

  // ---- pools

  addConst(value: CodeConstant): number {
    const key = value instanceof CodeObject ? null : constKey(value);
    if (key !== null) {
      const found = this.constIndex.get(key);
      if (found !== undefined) return found;
      this.constIndex.set(key, this.consts.length);
    }
    this.consts.push(value);
    return this.consts.length - 1;
  }

  addName(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  addVarname(name: string): number {
    let i = this.varnameIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varnameIndex.set(name, i);
    }
    return i;
  }

  /** Index of `name` in cellvars ++ freevars. */
  derefIndex(name: string, preferCell = true): number {
    const c = this.cellvars.indexOf(name);
    if (preferCell && c >= 0) return c;
    const f = this.freevars.indexOf(name);
    if (f >= 0) return this.cellvars.length + f;
    if (c >= 0) return c;
    throw new InternalCompilerError(`no cell or free variable '${name}' in ${this.qualname}`);
  }

  // ---- emitting

  emit(op: number, arg = 0): void {
    if (arg < 0 || arg > MAX_ARG) throw new InternalCompilerError(`argument ${arg} of ${OP_NAMES[op]} out of range`);
    this.instrs.push({ op, arg, target: null, pos: this.pos, handler: this.handler });
  }

  emitJump(op: number, target: Label): void {
    if ((OP_FLAGS[op]! & OpFlag.JUMP) === 0) throw new InternalCompilerError(`${OP_NAMES[op]} is not a jump`);
    if (target.handler === undefined) target.handler = this.handler;
    this.instrs.push({ op, arg: 0, target, pos: this.pos, handler: this.handler });
  }

  /** Emits SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH and enters the new try region. */
  emitSetup(op: number, handlerLabel: Label): void {
    this.emitJump(op, handlerLabel);
    const pushLasti = op !== Op.SETUP_FINALLY;
    const dropBelow = op === Op.SETUP_WITH ? 1 : 0;
    this.handler = new HandlerRegion(this.handler, handlerLabel, pushLasti, this.instrs.length - 1, dropBelow);
  }

  /** Ends the innermost try region. */
  emitPopBlock(): void {
    if (this.handler === null) throw new InternalCompilerError("POP_BLOCK without a try region");
    this.handler = this.handler.parent;
    this.emit(Op.POP_BLOCK);
  }

  placeLabel(label: Label): void {
    if (label.pos >= 0) throw new InternalCompilerError("label placed twice");
    label.pos = this.instrs.length;
    this.lastLabelPos = label.pos;
    if (label.handler !== undefined) this.handler = label.handler;
    else label.handler = this.handler;
  }

  private lastLabelPos = -1;

  /**
   * The last instruction when the next one would follow it in the same basic block (no label
   * placed since, same try region), for peephole rewrites; null otherwise.
   */
  lastInBlock(): { op: number; arg: number } | null {
    if (this.lastLabelPos === this.instrs.length) return null;
    const last = this.instrs[this.instrs.length - 1];
    return last !== undefined && last.handler === this.handler && last.target === null ? last : null;
  }

  /** True when the last instruction cannot fall through and no jump targets what follows it. */
  lastIsTerminator(): boolean {
    if (this.lastLabelPos === this.instrs.length) return false;
    const last = this.instrs[this.instrs.length - 1];
    return last !== undefined && (OP_FLAGS[last.op]! & OpFlag.TERMINATOR) !== 0;
  }

  // ---- assembling

  assemble(filename: string, flags: number): CodeObject {
    const n = this.instrs.length;
    const depths = this.computeDepths();
    const maxDepth = this.peakDepth;

    // Renumber: pseudo-ops vanish; a label at a pseudo-op means the next real instruction.
    const newIndex = new Int32Array(n + 1);
    let real = 0;
    for (let i = 0; i < n; i++) {
      newIndex[i] = real;
      if ((OP_FLAGS[this.instrs[i]!.op]! & OpFlag.PSEUDO) === 0) real++;
    }
    newIndex[n] = real;

    const code = new Uint32Array(real);
    const stackDepths = new Int32Array(real);
    const positions = new Int32Array(real * 4);
    const regions: (HandlerRegion | null)[] = [];
    for (let i = 0; i < n; i++) {
      const ins = this.instrs[i]!;
      const flags = OP_FLAGS[ins.op]!;
      if ((flags & OpFlag.PSEUDO) !== 0) continue;
      const pc = newIndex[i]!;
      let op = ins.op;
      let arg = ins.arg;
      if (ins.target !== null) {
        if (ins.target.pos < 0) throw new InternalCompilerError(`unplaced label for ${OP_NAMES[op]}`);
        arg = newIndex[ins.target.pos]!;
        if (arg >= real) throw new InternalCompilerError(`${OP_NAMES[op]} jumps past the end`);
        if (arg <= pc) {
          if (op === Op.JUMP_FORWARD) op = Op.JUMP_BACKWARD;
          else if ((flags & OpFlag.BACKWARD) === 0) throw new InternalCompilerError(`${OP_NAMES[op]} at ${pc} jumps backwards`);
        } else if ((flags & OpFlag.BACKWARD) !== 0) {
          op = Op.JUMP_FORWARD;
        }
      }
      code[pc] = encodeInstr(op, arg);
      stackDepths[pc] = depths[i]!;
      positions.set(ins.pos, pc * 4);
      regions.push(ins.handler);
    }

    const table: ExceptionTableEntry[] = [];
    let start = 0;
    for (let pc = 0; pc <= real; pc++) {
      const region = pc < real ? regions[pc]! : null;
      if (pc < real && region === regions[start]) continue;
      const open = regions[start];
      if (open !== null && open !== undefined && pc > start) {
        const setupDepth = depths[open.setupIndex]!;
        table.push({
          start,
          end: pc,
          handler: newIndex[open.label.pos]!,
          depth: setupDepth < 0 ? 0 : setupDepth - open.dropBelow,
          pushLasti: open.pushLasti,
        });
      }
      start = pc;
    }

    const cell2arg = Int32Array.from(this.cellvars, (name) => this.block.varnames.indexOf(name));
    return new CodeObject(
      this.name,
      this.qualname,
      filename,
      this.firstlineno,
      this.argcount,
      this.posonlyargcount,
      this.kwonlyargcount,
      flags,
      this.varnames,
      this.cellvars,
      this.freevars,
      this.names,
      this.consts,
      code,
      maxDepth,
      positions,
      table,
      cell2arg,
      stackDepths,
    );
  }

  /** Stack depth before each instruction (-1: unreachable). */
  private computeDepths(): Int32Array {
    const n = this.instrs.length;
    const depth = new Int32Array(n + 1).fill(-1);
    const work: number[] = [];
    const reach = (at: number, d: number, from: number): void => {
      if (d < 0) throw new InternalCompilerError(`stack underflow after ${OP_NAMES[this.instrs[from]!.op]} at ${from} in ${this.qualname}`);
      if (depth[at] === -1) {
        depth[at] = d;
        work.push(at);
      } else if (depth[at] !== d) {
        throw new InternalCompilerError(`inconsistent stack depth at ${at} in ${this.qualname}: ${depth[at]} vs ${d} (from ${from})`);
      }
    };
    if (n > 0) reach(0, 0, 0);
    while (work.length > 0) {
      const i = work.pop()!;
      if (i === n) throw new InternalCompilerError(`control falls off the end of ${this.qualname}`);
      const ins = this.instrs[i]!;
      const d = depth[i]!;
      const flags = OP_FLAGS[ins.op]!;
      if ((flags & OpFlag.JUMP) !== 0) reach(ins.target!.pos, d + opStackEffect(ins.op, ins.arg, true), i);
      if ((flags & OpFlag.TERMINATOR) === 0) reach(i + 1, d + opStackEffect(ins.op, ins.arg, false), i);
    }
    // Report the peak: the largest depth before or after any reachable instruction.
    const peaks = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const d = depth[i]!;
      if (d < 0) {
        peaks[i] = -1;
        continue;
      }
      const ins = this.instrs[i]!;
      let p = d;
      p = Math.max(p, d + opStackEffect(ins.op, ins.arg, false));
      if ((OP_FLAGS[ins.op]! & OpFlag.JUMP) !== 0) p = Math.max(p, d + opStackEffect(ins.op, ins.arg, true));
      peaks[i] = p;
    }
    // Depth before each instruction is what the exception table needs; the peak is separate.
    this.peakDepth = peaks.reduce((a, b) => Math.max(a, b), 0);
    return depth.subarray(0, n);
  }

  /** The maximum stack depth, set by computeDepths(). */
  private peakDepth = 0;
}

/** A key that tells constants apart exactly as Python's code object constant dedup does. */
function constKey(v: ConstantValue): string {
  if (v === null) return "N";
  switch (typeof v) {
    case "boolean":
      return v ? "T" : "F";
    case "bigint":
      return `i${v}`;
    case "number":
      return `f${Object.is(v, -0) ? "-0" : String(v)}`;
    case "string":
      return `s${JSON.stringify(v)}`; // quoted: a str in a tuple key must not run into the next item
    case "symbol":
      return "E";
  }
  // A CodePointStr is never equal to a JS-string str (see constants.ts), so its own prefix.
  if (v instanceof CodePointStr) return `u${v.codePoints.join(",")};`;
  if (v instanceof Uint8Array) return `b${Array.from(v, (x) => x.toString(16).padStart(2, "0")).join("")}`;
  if (v instanceof PyComplex) return `c${Object.is(v.real, -0) ? "-0" : v.real},${Object.is(v.imag, -0) ? "-0" : v.imag}`;
  if (v instanceof ConstTuple) return `(${v.items.map(constKey).join(",")})`;
  if (v instanceof ConstFrozenset) return `{${v.items.map(constKey).join(",")}}`;
  throw new InternalCompilerError("unknown constant kind");
}
