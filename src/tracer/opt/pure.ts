/*
 * opt/pure.ts — common subexpression elimination of pure operations
 * (PURE ops and elidable calls: same op, same arguments, same call target ->
 * the earlier result). Whole-trace scope: pure results cannot change.
 */

import { Const, type ResOp, type Trace, type Value } from "../ir/trace.js";
import { PURE } from "../ir/ops.js";
import type { OptContext } from "./index.js";

export function optPure(t: Trace, ctx: OptContext): void {
  const ids = new Map<Value, number>();
  const id = (v: Value): string => {
    if (v instanceof Const) return `${v.kind}${v.value}`;
    let n = ids.get(v);
    if (n === undefined) ids.set(v, (n = ids.size));
    return `#${n}`;
  };
  const seen = new Map<string, ResOp>();
  const out: ResOp[] = [];
  for (const o of t.ops) {
    if ((o.op.flags & PURE) !== 0) {
      const d = o.descr !== null && typeof o.descr === "object" ? o.descr.name : "";
      const key = `${o.op.name}(${o.args.map((a) => id(ctx.resolve(a))).join(",")})${d}`;
      const prev = seen.get(key);
      if (prev) {
        ctx.replace(o, prev);
        continue;
      }
      seen.set(key, o);
    }
    out.push(o);
  }
  t.ops = out;
}
