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
 * Simplified vs PyPy: no virtuals (nothing is removed that resume would need
 * to rebuild), no compact numbering (plain arrays), no sharing between
 * consecutive guards beyond sharing the JS objects of constants.
 */

import { Const, InputArg, type ResOp, type Trace, type Value, kindOf } from "./ir/trace.js";
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
    for (const fr of g.resume)
      for (const v of fr.values)
        if (!(v instanceof Const) && !seen.has(v)) {
          seen.add(v);
          fa.push(v);
        }
    g.failArgs = fa;
  }
}

function valueAt(g: ResOp, v: Value, exit: readonly number[]): number {
  if (v instanceof Const) return v.value;
  const i = g.failArgs!.indexOf(v);
  if (i < 0) throw new Error("resume: value missing from fail args");
  return exit[i];
}

export function blackholeFramesAtExit(linked: Linked, g: ResOp, exit: readonly number[]): BhFrame[] {
  return g.resume!.map((fr) => {
    const jc = linked.jitcodes[fr.jitcode];
    const regs = newRegs(jc);
    fr.regs.forEach((r, i) => (regs[r] = valueAt(g, fr.values[i], exit)));
    return { jitcode: jc, pc: fr.pc, regs, resultReg: fr.resultReg };
  });
}

/** Tracer frames for a bridge: each fail arg becomes an InputArg of the bridge. */
export function tracerFramesAtExit(linked: Linked, g: ResOp, exit: readonly number[]): { frames: MIFrame[]; inputs: InputArg[] } {
  const inputs = g.failArgs!.map((v) => new InputArg(kindOf(v)));
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
  return { frames, inputs };
}
