/*
 * resume.ts — from a guard's snapshot to fail args, and back to frames.
 *
 * A snapshot (metainterp.ts) lists, per inlined frame, the jitcode, the pc to
 * resume at and the trace value of every live register. `finishGuards` gives
 * each guard its failArgs: the distinct non-constant values of its snapshot,
 * in first-seen order; the backend stores exactly those in the exit area.
 * On a guard failure, `blackholeFramesAtExit` rebuilds concrete frames for
 * the blackhole from the exit values, and `tracerFramesAtExit` rebuilds
 * tracer frames (with fresh InputArgs) to trace a bridge from the guard.
 *
 * Virtualizable fields (opt/vable.ts) ride along: their object and value
 * are fail args too, and are written back to the heap before anything
 * reads the frame (writeBackVable).
 *
 * Simplified vs PyPy: no virtuals (nothing is removed that resume would need
 * to rebuild), no compact numbering (plain arrays), no sharing between
 * consecutive guards beyond sharing the JS objects of constants.
 */

import { storeF64, storeI32, storeRef, storeU8 } from "../gc/index.js";
import { Const, InputArg, type ResOp, type Trace, type VableStore, type Value, kindOf, op } from "./ir/trace.js";
import type { BhFrame } from "./blackhole.js";
import { newRegs } from "./blackhole.js";
import type { Linked } from "./jitcode.js";
import type { MIFrame } from "./metainterp.js";

export function finishGuards(t: Trace): void {
  for (const g of t.ops) {
    if (!g.isGuard || g.resume === null) continue;
    if (g.failArgs !== null && g.resume.length === 0) continue;
    const seen = new Set<Value>();
    const fa: Value[] = [];
    const add = (v: Value): void => {
      if (!(v instanceof Const) && !seen.has(v)) {
        seen.add(v);
        fa.push(v);
      }
    };
    for (const fr of g.resume) for (const v of fr.values) add(v);
    for (const s of g.vable ?? []) add(s.obj), add(s.value);
    g.failArgs = fa;
  }
}

function valueAt(g: ResOp, v: Value, exit: readonly number[]): number {
  if (v instanceof Const) return v.value;
  const i = g.failArgs!.indexOf(v);
  if (i < 0) throw new Error("resume: value missing from fail args");
  return exit[i];
}

/** Write a guard's (or a label's) virtualizable fields back to the heap; `valueOf` reads exit values. */
export function writeBackVable(stores: readonly VableStore[], valueOf: (v: Value) => number): void {
  for (const s of stores) {
    const obj = valueOf(s.obj);
    const v = valueOf(s.value);
    if (s.op === "gc_store_i32") storeI32(obj, s.off, v);
    else if (s.op === "gc_store_u8") storeU8(obj, s.off, v);
    else if (s.op === "gc_store_f64") storeF64(obj, s.off, v);
    else if (s.op === "gc_store_r") storeRef(obj, s.off, v);
    else throw new Error(`resume: cannot write back with ${s.op}`);
  }
}

export function blackholeFramesAtExit(linked: Linked, g: ResOp, exit: readonly number[]): BhFrame[] {
  if (g.vable) writeBackVable(g.vable, (v) => valueAt(g, v, exit));
  return g.resume!.map((fr) => {
    const jc = linked.jitcodes[fr.jitcode];
    const regs = newRegs(jc);
    fr.regs.forEach((r, i) => (regs[r] = valueAt(g, fr.values[i], exit)));
    return { jitcode: jc, pc: fr.pc, regs, resultReg: fr.resultReg };
  });
}

/**
 * Tracer frames for a bridge: each fail arg becomes an InputArg of the
 * bridge. The guard's virtualizable fields are written back now, and
 * `prologue` holds the same stores as ops on the bridge's inputs: the bridge
 * runs them first, since compiled guards jump into bridges directly.
 */
export function tracerFramesAtExit(linked: Linked, g: ResOp, exit: readonly number[]): { frames: MIFrame[]; inputs: InputArg[]; prologue: ResOp[] } {
  const inputs = g.failArgs!.map((v) => new InputArg(kindOf(v)));
  const asInput = (v: Value): Value => (v instanceof Const ? v : inputs[g.failArgs!.indexOf(v)]);
  const prologue = (g.vable ?? []).map((s) => op(s.op, [asInput(s.obj), new Const("i", s.off), asInput(s.value)]));
  if (g.vable) writeBackVable(g.vable, (v) => valueAt(g, v, exit));
  const frames = g.resume!.map((fr, k): MIFrame => {
    const jc = linked.jitcodes[fr.jitcode];
    const regs = newRegs(jc);
    const boxes: (Value | null)[] = regs.map(() => null);
    fr.regs.forEach((r, i) => {
      const v = fr.values[i];
      regs[r] = valueAt(g, v, exit);
      boxes[r] = v instanceof Const ? null : inputs[g.failArgs!.indexOf(v)];
    });
    // the tracer keeps a parent frame's pc AT its inline_call (it resumes at pc+1)
    const last = k === g.resume!.length - 1;
    return { jitcode: jc, pc: last ? fr.pc : fr.pc - 1, regs, boxes, resultReg: fr.resultReg };
  });
  return { frames, inputs, prologue };
}
