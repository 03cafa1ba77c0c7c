/*
 * liveness.ts — live registers at the resume points of a jitcode.
 *
 * Backward dataflow over the flat instruction list (live-in = uses ∪
 * (live-out − defs)); constant registers are never live (the template
 * restores them). Resume points: guarding instructions (goto_if_not, goto_if,
 * promote, safepoint, int_*_ovf, class_of before a promote), where the blackhole resumes by re-executing them; the
 * instruction after an inline_call, where a parent frame resumes with the
 * callee's result; residual calls (a later exception guard). Only the
 * registers listed there are saved in a guard's resume data.
 */

import type { Insn } from "../jitcode.js";
import { formatOf } from "../jitcode.js";
import { opByName } from "../ir/ops.js";

const GUARDING = new Set(["goto_if_not", "goto_if", "promote", "safepoint", "residual_call", "inline_call", "int_add_ovf", "int_sub_ovf", "int_mul_ovf", "class_of"]);

export function arity(name: string): number {
  return opByName(name).arity;
}

export function usesAndDefs(insn: Insn): { uses: number[]; defs: number[]; targets: number[] } {
  const f = formatOf(insn, arity);
  const uses: number[] = [];
  const defs: number[] = [];
  const targets: number[] = [];
  for (let i = 0; i < f.length; i++) {
    const v = insn[i + 1];
    const c = f[i];
    if (c === "d" && typeof v === "number" && v >= 0) defs.push(v);
    else if (c === "s" && typeof v === "number") uses.push(v);
    else if (c === "L") targets.push(v as number);
    else if (c === "*") for (let j = i + 1; j < insn.length; j++) uses.push(insn[j] as number);
  }
  return { uses, defs, targets };
}

export function computeLiveness(code: readonly Insn[], nregs: number, constRegs: ReadonlySet<number>): Record<number, number[]> {
  const n = code.length;
  const info = code.map(usesAndDefs);
  const liveIn: Uint8Array[] = code.map(() => new Uint8Array(nregs));
  let changed = true;
  while (changed) {
    changed = false;
    for (let pc = n - 1; pc >= 0; pc--) {
      const op = code[pc][0];
      const out = new Uint8Array(nregs);
      const succ: number[] = op === "goto" ? info[pc].targets : op === "return" || op === "return_void" ? [] : [pc + 1, ...info[pc].targets];
      for (const s of succ) if (s < n) for (let r = 0; r < nregs; r++) out[r] |= liveIn[s][r];
      for (const d of info[pc].defs) out[d] = 0;
      for (const u of info[pc].uses) out[u] = 1;
      const cur = liveIn[pc];
      for (let r = 0; r < nregs; r++)
        if (out[r] !== cur[r]) {
          cur.set(out);
          changed = true;
          break;
        }
    }
  }
  const live: Record<number, number[]> = {};
  const regsOf = (pc: number): number[] => {
    const out: number[] = [];
    if (pc < n) for (let r = 0; r < nregs; r++) if (liveIn[pc][r] && !constRegs.has(r)) out.push(r);
    return out;
  };
  for (let pc = 0; pc < n; pc++) {
    const op = code[pc][0] as string;
    if (GUARDING.has(op)) live[pc] = regsOf(pc);
    if (op === "inline_call" || op === "residual_call") live[pc + 1] = regsOf(pc + 1);
  }
  return live;
}
