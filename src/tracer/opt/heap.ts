/*
 * opt/heap.ts — heap cache: removes repeated loads and loads of a value just
 * stored (PyPy's heap.py, minus lazy stores).
 *
 * Facts are keyed by (object, constant offset, load kind). A load with a
 * known fact is replaced by the known value; a store records its value.
 * Invalidation is conservative: a store with a constant offset kills the
 * facts at that offset on every OTHER object (they may alias), a store with
 * a variable offset or any call kills everything. Allocation adds nothing and
 * kills nothing. u8 and i32 loads never share facts (different widths). A
 * load after a store sees the stored value narrowed to the field (narrow.ts).
 */

import { Const, type ResOp, type Trace, type Value } from "../ir/trace.js";
import type { OptContext } from "./index.js";
import { narrowed } from "./narrow.js";

const LOAD_OF_STORE: Record<string, string> = { gc_store_i32: "gc_load_i32", gc_store_r: "gc_load_r", gc_store_r_init: "gc_load_r", gc_store_f64: "gc_load_f64", gc_store_u8: "gc_load_u8" };

export function optHeap(t: Trace, ctx: OptContext): void {
  // load kind @ offset -> object -> value; a constant object (a root slot's base, an old
  // object) is keyed by its address: each use of it is a distinct Const
  let facts = new Map<string, Map<Value | number, Value>>();
  const obj = (v: Value): Value | number => (v instanceof Const ? v.value : v);
  const key = (kind: string, off: number): string => `${kind}@${off}`;
  const out: ResOp[] = [];
  for (const o of t.ops) {
    const name = o.op.name;
    const args = o.args.map(ctx.resolve);
    if (name.startsWith("gc_load_") && args[1] instanceof Const) {
      const k = key(name, args[1].value);
      const known = facts.get(k)?.get(obj(args[0]!));
      if (known !== undefined) {
        ctx.replace(o, known);
        continue;
      }
      let m = facts.get(k);
      if (!m) facts.set(k, (m = new Map()));
      m.set(obj(args[0]!), o);
    } else if (name in LOAD_OF_STORE) {
      if (!(args[1] instanceof Const)) facts = new Map();
      else {
        const off = args[1].value;
        for (const [k, m] of facts) if (k.endsWith(`@${off}`)) m.clear();
        const k = key(LOAD_OF_STORE[name], off);
        let m = facts.get(k);
        if (!m) facts.set(k, (m = new Map()));
        // what a load will see: the stored value narrowed to the field's width (narrow.ts)
        const n = narrowed(LOAD_OF_STORE[name], args[2]);
        if (n.extra !== null) {
          out.push(n.extra);
          o.args = [args[0], args[1], n.value]; // the same store; later passes see the narrowed value
        }
        m.set(obj(args[0]!), n.value);
      }
    } else if (name.startsWith("call") && !name.startsWith("call_pure")) facts = new Map();
    out.push(o);
  }
  t.ops = out;
}
