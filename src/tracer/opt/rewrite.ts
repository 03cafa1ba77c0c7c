/*
 * opt/rewrite.ts — constant folding and algebraic identities.
 *
 * The recorder already folds pure ops whose arguments are all constant; this
 * pass catches what becomes constant later (after other passes) and applies
 * identities that never grow the code: x+0, x-0, x*1 -> x; guard_true/false
 * and guard_value on a constant are dropped when they hold (a constant that
 * contradicts its guard cannot happen in a recorded trace: it is left alone).
 * Bitwise identities (x|0) are NOT applied: they truncate to 32 bits in JS.
 */

import { PURE } from "../ir/ops.js";
import { Const, type ResOp, type Trace } from "../ir/trace.js";
import type { OptContext } from "./index.js";

export const SELF_COMPARE: Record<string, number> = { int_eq: 1, int_le: 1, int_ge: 1, ptr_eq: 1, int_ne: 0, int_lt: 0, int_gt: 0, ptr_ne: 0 };

const isConst = (v: unknown, n?: number): v is Const => v instanceof Const && (n === undefined || v.value === n);

export function optRewrite(t: Trace, ctx: OptContext): void {
  const out: ResOp[] = [];
  for (const o of t.ops) {
    const args = o.args.map(ctx.resolve);
    const name = o.op.name;
    // only PURE ops: an int_*_ovf keeps its guard (the recorder already folded constant ones)
    if (o.op.exec && (o.op.flags & PURE) !== 0 && args.length > 0 && args.every((a) => a instanceof Const)) {
      ctx.replace(o, new Const(o.kind, o.op.exec(...args.map((a) => (a as Const).value))));
      continue;
    }
    const [x, y] = args;
    if ((name === "int_add" || name === "int_sub") && isConst(y, 0)) { ctx.replace(o, x); continue; }
    if (name === "int_add" && isConst(x, 0)) { ctx.replace(o, y); continue; }
    if (name === "int_mul" && isConst(y, 1)) { ctx.replace(o, x); continue; }
    // a value compared with itself (ints and refs: no NaN here)
    if (x !== undefined && x === y && SELF_COMPARE[name] !== undefined) { ctx.replace(o, new Const("i", SELF_COMPARE[name]!)); continue; }
    if (name === "guard_true" && isConst(x) && x.value !== 0) continue;
    if (name === "guard_false" && isConst(x, 0)) continue;
    if (name === "guard_value" && isConst(x) && isConst(y) && x.value === y.value) continue;
    out.push(o);
  }
  t.ops = out;
}
