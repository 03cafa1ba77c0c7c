/*
 * opt/dce.ts — dead code elimination: drops pure ops and heap loads whose
 * result no op, jump or guard resume data uses (backwards, one sweep).
 */

import { READS_HEAP, PURE } from "../ir/ops.js";
import type { ResOp, Trace, Value } from "../ir/trace.js";
import type { OptContext } from "./index.js";

export function optDce(t: Trace, _ctx: OptContext): void {
  const used = new Set<Value>();
  const keep: ResOp[] = [];
  for (let i = t.ops.length - 1; i >= 0; i--) {
    const o = t.ops[i];
    const removable = (o.op.flags & (PURE | READS_HEAP)) !== 0;
    if (removable && !used.has(o)) continue;
    keep.push(o);
    for (const a of o.args) used.add(a);
    if (o.resume) for (const f of o.resume) for (const v of f.values) used.add(v);
    if (o.failArgs) for (const v of o.failArgs) used.add(v);
    if (o.vable) for (const s of o.vable) used.add(s.obj).add(s.value);
  }
  t.ops = keep.reverse();
}
