/*
 * blackhole.ts — executes jitcodes on plain values (PyPy's blackhole.py).
 *
 * Used after a guard failure (resume.ts rebuilt the frames) and after an
 * aborted trace (the metainterp hands its frames over): it finishes the
 * interrupted interpreter step from the exact instruction where tracing or
 * compiled code stopped, so an inlined helper that already did side effects
 * continues after them instead of running again. When the outermost frame —
 * the portal — reaches its jit_merge_point, control goes back to the plain
 * interpreter by throwing ContinueRunningNormally(greens and reds); when the
 * portal returns, DoneWithThisFrame(result).
 *
 * Frames are { jitcode, pc, regs, resultReg }: resultReg is the register of
 * THIS frame that receives the return value of the frame above it (-1 for
 * the innermost). The same shape is used by resume data and by the tracer.
 */

import { allocFixed, allocVar, loadF64, loadI32, loadRef, loadU8, safepoint, storeF64, storeI32, storeRef, storeU8, initRef } from "../gc/index.js";
import { ContinueRunningNormally, DoneWithThisFrame, type JitDriver } from "../jit/hints.js";
import { opByName } from "./ir/ops.js";
import type { JitCode, Linked } from "./jitcode.js";

export interface BhFrame {
  jitcode: JitCode;
  pc: number;
  regs: number[];
  resultReg: number;
}

type Exec = (...a: number[]) => number;
const execCache = new Map<string, Exec | null>();
export function execOf(name: string): Exec | null {
  let e = execCache.get(name);
  if (e === undefined) {
    try {
      e = opByName(name).exec ?? null;
    } catch {
      e = null;
    }
    execCache.set(name, e);
  }
  return e;
}

export function newRegs(jc: JitCode): number[] {
  return (jc.template as number[]).slice();
}

/** Run a chain of frames (outermost first, frames[0] is the portal) to the next merge point or return. Never returns normally. */
export function blackholeChain(linked: Linked, frames: BhFrame[]): never {
  let value = 0;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (i < frames.length - 1 && f.resultReg >= 0) f.regs[f.resultReg] = value;
    value = runFrame(linked, f, i === 0);
  }
  throw new DoneWithThisFrame(value);
}

/** Run one frame to its return; a portal frame throws at its jit_merge_point. */
export function runFrame(linked: Linked, f: BhFrame, portal: boolean): number {
  const code = f.jitcode.code;
  const regs = f.regs;
  let pc = f.pc;
  for (;;) {
    const insn = code[pc];
    const name = insn[0] as string;
    const a1 = insn[1] as number;
    const a2 = insn[2] as number;
    const a3 = insn[3] as number;
    switch (name) {
      case "move":
        regs[a1] = regs[a2];
        break;
      case "goto":
        pc = a1;
        continue;
      case "goto_if_not":
        if (regs[a1] === 0) {
          pc = a2;
          continue;
        }
        break;
      case "goto_if":
        if (regs[a1] !== 0) {
          pc = a2;
          continue;
        }
        break;
      case "return":
        return regs[a1];
      case "return_void":
        return 0;
      case "inline_call": {
        const callee = linked.jitcodes[a2];
        const cregs = newRegs(callee);
        for (let i = 3; i < insn.length; i++) cregs[callee.params[i - 3]] = regs[insn[i] as number];
        const v = runFrame(linked, { jitcode: callee, pc: 0, regs: cregs, resultReg: -1 }, false);
        if (a1 >= 0) regs[a1] = v;
        break;
      }
      case "residual_call": {
        const args: number[] = [];
        for (let i = 3; i < insn.length; i++) args.push(regs[insn[i] as number]);
        const v = linked.calls[a2].fn(...args);
        if (a1 >= 0) regs[a1] = Number(v);
        break;
      }
      case "jit_merge_point":
        if (portal) {
          f.pc = pc;
          throw new ContinueRunningNormally(insn.slice(2).map((r) => regs[r as number]));
        }
        break;
      case "can_enter_jit":
        break;
      case "promote":
        regs[a1] = regs[a2];
        break;
      case "we_are_jitted":
        regs[a1] = 1;
        break;
      case "is_constant":
        regs[a1] = 0;
        break;
      case "safepoint":
        safepoint();
        break;
      case "gc_load_i32":
        regs[a1] = loadI32(regs[a2], regs[a3]);
        break;
      case "gc_load_u8":
        regs[a1] = loadU8(regs[a2], regs[a3]);
        break;
      case "gc_load_r":
        regs[a1] = loadRef(regs[a2], regs[a3]);
        break;
      case "gc_load_f64":
        regs[a1] = loadF64(regs[a2], regs[a3]);
        break;
      case "gc_store_i32":
        storeI32(regs[a1], regs[a2], regs[a3]);
        break;
      case "gc_store_u8":
        storeU8(regs[a1], regs[a2], regs[a3]);
        break;
      case "gc_store_r":
        storeRef(regs[a1], regs[a2], regs[a3]);
        break;
      case "gc_store_r_init":
        initRef(regs[a1], regs[a2], regs[a3]);
        break;
      case "gc_store_f64":
        storeF64(regs[a1], regs[a2], regs[a3]);
        break;
      case "new_fixed":
        regs[a1] = allocFixed(regs[a2]);
        break;
      case "new_var":
        regs[a1] = allocVar(regs[a2], regs[a3]);
        break;
      default: {
        const ex = execOf(name);
        if (ex === null) throw new Error(`blackhole: unknown jitcode op ${name}`);
        regs[a1] = insn.length === 3 ? ex(regs[a2]) : ex(regs[a2], regs[a3]);
      }
    }
    pc++;
  }
}

export function driverOf(linked: Linked, ref: string): JitDriver {
  return linked.resolve(ref) as JitDriver;
}
