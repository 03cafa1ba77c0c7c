/*
 * opt/guards.ts — removes guards that an earlier guard already implies:
 * the same guard_true/guard_false/guard_value/guard_nonnull on the same value
 * (pure values cannot change within an iteration), and guard_not_gc_wanted
 * when no allocation or call happened since the previous one (only those can
 * set the GC's COLLECT_WANTED word).
 */

import { Const, type ResOp, type Trace, type Value } from "../ir/trace.js";
import type { OptContext } from "./index.js";

export function optGuards(t: Trace, ctx: OptContext): void {
  const known = new Set<string>();
  const ids = new Map<Value, number>();
  const id = (v: Value): string => {
    const r = ctx.resolve(v);
    if (r instanceof Const) return `${r.kind}${r.value}`;
    let n = ids.get(r);
    if (n === undefined) ids.set(r, (n = ids.size));
    return `#${n}`;
  };
  let gcChecked = false;
  const out: ResOp[] = [];
  for (const o of t.ops) {
    const name = o.op.name;
    if (name === "new_fixed" || name === "new_var" || name.startsWith("call")) gcChecked = false;
    if (name === "guard_not_gc_wanted") {
      if (gcChecked) continue;
      gcChecked = true;
    } else if (o.isGuard && o.args.length > 0) {
      const key = `${name}(${o.args.map(id).join(",")})`;
      if (known.has(key)) continue;
      known.add(key);
    }
    out.push(o);
  }
  t.ops = out;
}
