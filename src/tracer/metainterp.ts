/*
 * metainterp.ts — the tracing meta-interpreter (PyPy's pyjitpl.py).
 *
 * Runs jitcodes on "boxes": every register holds its concrete value (regs)
 * and what the trace knows about it (boxes: null = a constant whose value is
 * in regs, else the InputArg or ResOp that computes it). Every instruction is
 * executed for real and, unless its result is known, recorded:
 *
 *   - pure ops with all-constant arguments are folded, not recorded; this is
 *     what removes the bytecode fetch and dispatch (greens are constants);
 *   - elidable calls with constant arguments are called now and folded;
 *   - a branch on a non-constant value records guard_true/guard_false in the
 *     direction taken; promote records guard_value and makes the value a
 *     constant; safepoint() records guard_not_gc_wanted (no collection while
 *     tracing: the boxes hold raw addresses);
 *   - inline_call pushes a frame (inlining), residual_call records call_*,
 *     followed by guard_no_exception for a raising(...) callee;
 *   - int_*_ovf records the op and guard_(no_)overflow; promote(classOf(x))
 *     records guard_class; a branch on a null test records guard_(non)null.
 *
 * Each guard gets a snapshot (resume.ts): per frame, the live registers'
 * boxes at the guarding instruction. A loop closes when the portal reaches
 * jit_merge_point with the green key it started from; any trace ends when it
 * reaches another key with a compiled loop (a loop trace then becomes an
 * entry trace into that loop). Aborts (ABORT below) hand the frames
 * to the blackhole, which finishes the step concretely: no work is lost.
 */

import { allocFixed, allocVar, getRoot, loadF64, loadI32, loadRef, loadU8, storeF64, storeI32, storeRef, storeU8, initRef } from "../gc/index.js";
import { type JitDriver, pendingExceptionSlotAddr } from "../jit/hints.js";
import type { Kind } from "./ir/ops.js";
import { opByName } from "./ir/ops.js";
import { Const, InputArg, ResOp, type Trace, type Value, op } from "./ir/trace.js";
import { type BhFrame, execOf, newRegs } from "./blackhole.js";
import type { JitCode, Linked } from "./jitcode.js";
import type { ResumeFrame } from "./ir/trace.js";

export const ABORT = {
  TOO_LONG: "trace too long",
  PORTAL_RETURNED: "the portal returned while tracing",
  BRIDGE_NO_LOOP: "bridge reached no compiled loop",
} as const;
export type AbortReason = (typeof ABORT)[keyof typeof ABORT];

export class TraceAborted {
  constructor(
    readonly reason: AbortReason,
    readonly frames: BhFrame[],
  ) {}
}

/** The portal returned (concretely) while tracing. */
export class TracedReturn {
  constructor(readonly value: number) {}
}

export interface MIFrame {
  jitcode: JitCode;
  pc: number;
  regs: number[];
  boxes: (Value | null)[];
  resultReg: number;
}

/** TraceResult.endKey of a bridge that ends by leaving the portal (a `finish` op). */
export const FINISH_KEY = "finish";

export interface TraceResult {
  trace: Trace;
  /** Green key of the merge point where the trace ends (loop: its own; bridge: the target loop). */
  endKey: string;
  /** Concrete greens and reds at the end. */
  endArgs: number[];
}

export interface TracerOptions {
  traceLimit: number;
  /** Bridges: stop at a merge point whose key has a compiled loop. */
  hasLoop: (key: string) => boolean;
}

export function greenKey(driver: JitDriver, args: readonly number[]): string {
  return `${driver.id}:${args.slice(0, driver.greens.length).join(",")}`;
}

export class MetaInterp {
  frames: MIFrame[] = [];
  ops: ResOp[] = [];
  inputs: InputArg[] = [];
  private startKey: string | null = null;
  /** Loops: the inputs that are the driver's virtualizable reds. */
  private vables: InputArg[] = [];
  /** Objects whose layout id a guard_class has fixed. */
  private knownClass = new Map<Value, number>();
  /** A guard_no_exception holds and nothing stored into the pending-exception slot since. */
  private excClear = false;
  /** int_*_ovf results whose overflow outcome a guard has fixed: 0 or 1. */
  private ovfKnown = new Map<Value, number>();
  private seenStart = false;

  constructor(
    readonly linked: Linked,
    readonly opts: TracerOptions,
    readonly location: (driver: JitDriver, greens: number[]) => string,
  ) {}

  /** Trace a loop from the portal entry with greens and reds (canEnterJit's arguments). */
  traceLoop(portal: JitCode, driver: JitDriver, args: number[]): TraceResult {
    const regs = newRegs(portal);
    const boxes: (Value | null)[] = regs.map(() => null);
    const ng = driver.greens.length;
    portal.params.forEach((r, i) => {
      regs[r] = args[i];
      if (i >= ng) {
        const ia = new InputArg(portal.kinds[r]);
        this.inputs.push(ia);
        boxes[r] = ia;
      }
    });
    this.frames.push({ jitcode: portal, pc: 0, regs, boxes, resultReg: -1 });
    this.startKey = greenKey(driver, args);
    return this.run();
  }

  /** Trace a bridge from resume frames whose values are given as boxes (InputArgs or constants). */
  traceBridge(frames: MIFrame[], inputs: InputArg[], prologue: ResOp[] = []): TraceResult {
    this.frames = frames;
    this.inputs = inputs;
    this.ops = [...prologue];
    this.startKey = null;
    return this.run();
  }

  box(f: MIFrame, r: number): Value {
    return f.boxes[r] ?? new Const(f.jitcode.kinds[r], f.regs[r]);
  }

  record(name: string, args: Value[], descr: ResOp["descr"] = null): ResOp {
    const o = op(name, args, descr);
    this.ops.push(o);
    return o;
  }

  recordGuard(name: string, args: Value[], top: MIFrame): void {
    const g = this.record(name, args);
    g.resume = this.snapshot(top);
  }

  snapshot(top: MIFrame): ResumeFrame[] {
    return this.frames.map((f) => {
      const pc = f === top ? f.pc : f.pc + 1;
      const live = f.jitcode.live[pc] ?? [];
      return { jitcode: f.jitcode.index, pc, resultReg: f === top ? -1 : f.resultReg, regs: live, values: live.map((r) => this.box(f, r)) };
    });
  }

  abort(reason: AbortReason): never {
    const frames: BhFrame[] = this.frames.map((f, i) => ({
      jitcode: f.jitcode,
      pc: i === this.frames.length - 1 ? f.pc : f.pc + 1,
      regs: f.regs.slice(),
      resultReg: i === this.frames.length - 1 ? -1 : f.resultReg,
    }));
    throw new TraceAborted(reason, frames);
  }

  private run(): TraceResult {
    for (;;) {
      // checked between instructions, so an abort never re-runs a half-executed one
      if (this.ops.length > this.opts.traceLimit) this.abort(ABORT.TOO_LONG);
      const f = this.frames[this.frames.length - 1];
      const insn = f.jitcode.code[f.pc];
      const name = insn[0] as string;
      const a1 = insn[1] as number;
      const a2 = insn[2] as number;
      const { regs, boxes } = f;
      switch (name) {
        case "move":
          regs[a1] = regs[a2];
          boxes[a1] = boxes[a2];
          break;
        case "goto":
          f.pc = a1;
          continue;
        case "goto_if_not":
        case "goto_if": {
          const c = regs[a1];
          if (boxes[a1] !== null) this.branchGuard(f, boxes[a1]!, c !== 0);
          if ((c !== 0) === (name === "goto_if")) {
            f.pc = a2;
            continue;
          }
          break;
        }
        case "return":
        case "return_void": {
          const v = name === "return" ? regs[a1] : 0;
          const b = name === "return" ? this.box(f, a1) : null;
          this.frames.pop();
          if (this.frames.length === 0) {
            this.frames.push(f);
            // a bridge may end by returning from the portal (a loop left by `return`): it
            // finishes with the value; a loop trace that returns is no loop
            if (this.startKey === null) {
              this.ops.push(op("finish", [b ?? new Const(f.jitcode.result === "v" ? "i" : f.jitcode.result, v)]));
              return { trace: { inputs: this.inputs, ops: this.ops }, endKey: FINISH_KEY, endArgs: [v] };
            }
            throw new TracedReturn(v);
          }
          const p = this.frames[this.frames.length - 1];
          const dst = p.jitcode.code[p.pc][1] as number;
          if (dst >= 0) {
            p.regs[dst] = v;
            p.boxes[dst] = b instanceof Const ? null : b;
          }
          p.pc++;
          continue;
        }
        case "inline_call": {
          const callee = this.linked.jitcodes[a2];
          const cregs = newRegs(callee);
          const cboxes: (Value | null)[] = cregs.map(() => null);
          for (let i = 3; i < insn.length; i++) {
            const r = insn[i] as number;
            cregs[callee.params[i - 3]] = regs[r];
            cboxes[callee.params[i - 3]] = boxes[r];
          }
          f.resultReg = a1;
          this.frames.push({ jitcode: callee, pc: 0, regs: cregs, boxes: cboxes, resultReg: -1 });
          continue;
        }
        case "residual_call":
          this.residualCall(f, insn);
          break;
        case "jit_merge_point":
          if (this.frames.length === 1) {
            const res = this.mergePoint(f, insn);
            if (res !== null) return res;
          }
          break;
        case "can_enter_jit":
          break;
        case "promote": {
          regs[a1] = regs[a2];
          const b = boxes[a2];
          if (b instanceof ResOp && b.op.name === "class_of") {
            // promote(classOf(obj)) -> guard_class(obj, L), and obj's class is known from here on.
            // Resuming AT the class_of (when it is the previous instruction) keeps the class
            // itself out of the resume data, so the class_of op dies.
            const prev = f.jitcode.code[f.pc - 1];
            const back = prev !== undefined && prev[0] === "class_of" && prev[1] === a2 ? 1 : 0;
            f.pc -= back;
            this.recordGuard("guard_class", [b.args[0], new Const("i", regs[a2])], f);
            f.pc += back;
            this.knownClass.set(b.args[0], regs[a2]);
            this.replaceBox(b);
          } else if (b !== null) {
            this.recordGuard("guard_value", [b, new Const(f.jitcode.kinds[a2], regs[a2])], f);
            this.replaceBox(b);
          }
          boxes[a1] = null;
          break;
        }
        case "class_of": {
          regs[a1] = execOf(name)!(regs[a2]);
          const b = boxes[a2];
          boxes[a1] = b === null || this.knownClass.has(b) ? null : this.record(name, [b]);
          break;
        }
        case "we_are_jitted":
          regs[a1] = 1;
          boxes[a1] = null;
          break;
        case "is_constant":
          regs[a1] = boxes[a2] === null ? 1 : 0;
          boxes[a1] = null;
          break;
        case "safepoint":
          this.recordGuard("guard_not_gc_wanted", [], f);
          break;
        case "int_add_ovf":
        case "int_sub_ovf":
        case "int_mul_ovf":
          this.ovfOp(f, insn);
          break;
        case "int_overflowed": {
          const known = boxes[a2] === null ? undefined : this.ovfKnown.get(boxes[a2]!);
          regs[a1] = execOf(name)!(regs[a2]);
          if (boxes[a2] === null || known !== undefined) boxes[a1] = null;
          else boxes[a1] = this.record(name, [boxes[a2]!]);
          break;
        }
        default:
          this.heapOrPure(f, insn);
      }
      f.pc++;
    }
  }

  /**
   * int_*_ovf: record the op and, at once, the guard on its outcome in this
   * run (resuming AT the op: the blackhole recomputes it and branches on
   * overflowed() itself). Later overflowed(result) folds to that outcome.
   */
  private ovfOp(f: MIFrame, insn: (string | number)[]): void {
    const [name, d, x, y] = insn as [string, number, number, number];
    const v = execOf(name)!(f.regs[x], f.regs[y]);
    f.regs[d] = v;
    if (f.boxes[x] === null && f.boxes[y] === null) {
      f.boxes[d] = null;
      return;
    }
    const o = this.record(name, [this.box(f, x), this.box(f, y)]);
    const ovf = execOf("int_overflowed")!(v);
    this.recordGuard(ovf ? "guard_overflow" : "guard_no_overflow", [o], f);
    this.ovfKnown.set(o, ovf);
    f.boxes[d] = o;
  }

  /**
   * The guard for a branch on `cond` (taken as `taken`). A null test of a
   * ref (the error-return convention, hints.ts) becomes guard_nonnull /
   * guard_isnull on the ref itself. In the snapshot the condition is a
   * constant, the opposite of this run's (it only matters when the guard
   * fails), so it never has to be saved.
   */
  private branchGuard(f: MIFrame, cond: Value, taken: boolean): void {
    let name = taken ? "guard_true" : "guard_false";
    let arg = cond;
    if (cond instanceof ResOp && (cond.op.name === "ptr_ne" || cond.op.name === "ptr_eq")) {
      const [x, y] = cond.args;
      const other = y instanceof Const && y.value === 0 ? x : x instanceof Const && x.value === 0 ? y : null;
      if (other !== null && !(other instanceof Const)) {
        const nonnull = (cond.op.name === "ptr_ne") === taken;
        name = nonnull ? "guard_nonnull" : "guard_isnull";
        arg = other;
      }
    }
    const g = this.record(name, [arg]);
    const failed = new Const("i", taken ? 0 : 1);
    g.resume = this.snapshot(f).map((fr) => ({ ...fr, values: fr.values.map((v) => (v === cond ? failed : v)) }));
  }

  /** After guard_value: every register holding `v` now holds a constant. */
  private replaceBox(v: Value): void {
    for (const fr of this.frames) for (let i = 0; i < fr.boxes.length; i++) if (fr.boxes[i] === v) fr.boxes[i] = null;
  }

  private mergePoint(f: MIFrame, insn: (string | number)[]): TraceResult | null {
    const driver = this.linked.resolve(insn[1] as string) as JitDriver;
    const regsList = insn.slice(2) as number[];
    const args = regsList.map((r) => f.regs[r]);
    const key = greenKey(driver, args);
    const reds = regsList.slice(driver.greens.length);
    const greens = args.slice(0, driver.greens.length);
    if (this.startKey !== null && key === this.startKey && !this.seenStart) {
      this.seenStart = true;
      // the loop's inputs are the reds at the first merge point
      this.inputs = [];
      this.ops = [];
      const vnames = driver.virtualizables ?? [];
      reds.forEach((r, i) => {
        const ia = new InputArg(f.jitcode.kinds[r]);
        this.inputs.push(ia);
        f.boxes[r] = ia;
        if (vnames.includes(driver.reds[i])) this.vables.push(ia);
      });
      // registers not among the reds are dead at a merge point: make them constants
      for (let i = 0; i < f.boxes.length; i++) if (!reds.includes(i)) f.boxes[i] = null;
      this.record("debug_merge_point", [], this.location(driver, greens));
      return null;
    }
    // a loop closes at its own key; any trace (loop or bridge) ends at another key's compiled loop
    const closes = key === this.startKey || this.opts.hasLoop(key);
    if (closes) {
      this.ops.push(op("jump", reds.map((r) => this.box(f, r))));
      const trace: Trace = { inputs: this.inputs, ops: this.ops };
      if (key === this.startKey && this.vables.length > 0) trace.vables = this.vables;
      return { trace, endKey: key, endArgs: args };
    }
    this.record("debug_merge_point", [], this.location(driver, greens));
    return null;
  }

  private residualCall(f: MIFrame, insn: (string | number)[]): void {
    const call = this.linked.calls[insn[2] as number];
    const dst = insn[1] as number;
    const argRegs = insn.slice(3) as number[];
    const args = argRegs.map((r) => f.regs[r]);
    const v = Number(call.fn(...args) ?? 0);
    const allConst = argRegs.every((r) => f.boxes[r] === null);
    let box: Value | null = null;
    if (!(call.kind === "elidable" && allConst)) {
      const pure = call.kind === "elidable";
      const k: Kind = call.result;
      const name = k === "v" ? "call_n" : `${pure ? "call_pure" : "call"}_${k}`;
      const descr = { name: call.name, fn: call.fn, argKinds: call.argKinds, result: call.result };
      box = this.record(name, argRegs.map((r) => this.box(f, r)), descr);
    }
    if (dst >= 0) {
      f.regs[dst] = v;
      f.boxes[dst] = box;
    }
    if (box === null) return;
    this.excClear = false;
    const slot = pendingExceptionSlotAddr();
    if (call.kind === "raising" && slot !== 0 && getRoot(slot) === 0) {
      // resume AFTER the call: it ran, its result is in dst, the exception (if any) in the slot
      f.pc++;
      this.recordGuard("guard_no_exception", [new Const("i", slot)], f);
      f.pc--;
      this.excClear = true;
    }
  }

  private heapOrPure(f: MIFrame, insn: (string | number)[]): void {
    const name = insn[0] as string;
    const { regs, boxes } = f;
    const a1 = insn[1] as number;
    const a2 = insn[2] as number;
    const a3 = insn[3] as number;
    const ex = execOf(name);
    if (ex !== null) {
      const srcs = insn.slice(2) as number[];
      regs[a1] = srcs.length === 1 ? ex(regs[a2]) : ex(regs[a2], regs[a3]);
      boxes[a1] = srcs.every((r) => boxes[r] === null) ? null : this.record(name, srcs.map((r) => this.box(f, r)));
      return;
    }
    const info = opByName(name);
    const atSlot = (pr: number, off: number): boolean => boxes[pr] === null && boxes[off] === null && regs[pr] === 0 && regs[off] === pendingExceptionSlotAddr() && regs[off] !== 0;
    if (info.result === "v") {
      const [p, off, v] = [regs[a1], regs[a2], regs[a3]];
      if (atSlot(a1, a2)) this.excClear = boxes[a3] === null && v === 0;
      if (name === "gc_store_i32") storeI32(p, off, v);
      else if (name === "gc_store_u8") storeU8(p, off, v);
      else if (name === "gc_store_r") storeRef(p, off, v);
      else if (name === "gc_store_r_init") initRef(p, off, v);
      else if (name === "gc_store_f64") storeF64(p, off, v);
      else throw new Error(`metainterp: unknown op ${name}`);
      this.record(name, [this.box(f, a1), this.box(f, a2), this.box(f, a3)]);
      return;
    }
    let v: number;
    const srcs = insn.slice(2) as number[];
    if (name === "gc_load_r" && this.excClear && atSlot(a2, a3)) {
      // the pending-exception slot after guard_no_exception: known null
      regs[a1] = 0;
      boxes[a1] = null;
      return;
    }
    if (name === "gc_load_i32") v = loadI32(regs[a2], regs[a3]);
    else if (name === "gc_load_u8") v = loadU8(regs[a2], regs[a3]);
    else if (name === "gc_load_r") v = loadRef(regs[a2], regs[a3]);
    else if (name === "gc_load_f64") v = loadF64(regs[a2], regs[a3]);
    else if (name === "new_fixed") v = allocFixed(regs[a2]);
    else if (name === "new_var") v = allocVar(regs[a2], regs[a3]);
    else throw new Error(`metainterp: unknown op ${name}`);
    regs[a1] = v;
    boxes[a1] = this.record(name, srcs.map((r) => this.box(f, r)));
  }
}
