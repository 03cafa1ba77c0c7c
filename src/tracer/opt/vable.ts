/*
 * opt/vable.ts — virtualizable frame fields (PyPy's virtualizable.py, done
 * as a trace pass): while a loop runs, the fields of its virtualizable reds
 * (a frame object, a register array) live in loop variables, not the heap.
 *
 * A driver declares `virtualizables: ["frame"]` among its reds; the tracer
 * marks those inputs (Trace.vables). For each one, V, whose every access in
 * the loop is a gc_load/gc_store at a constant offset with one width per
 * offset, and which the jump passes back unchanged:
 *
 *     [p0]                              [p0]
 *     i1 = gc_load_i32(p0, 12)          i1 = gc_load_i32(p0, 12)   preamble: once per entry
 *     i2 = gc_load_i32(p0, 8)           i2 = gc_load_i32(p0, 8)
 *     i3 = int_add(i1, i2)      ==>     label(p0, i1, i2)          loop variables
 *     gc_store_i32(p0, 12, i3)          i3 = int_add(i1, i2)
 *     i5 = int_sub(i2, 1)               i5 = int_sub(i2, 1)
 *     gc_store_i32(p0, 8, i5)           i7 = int_gt(i5, 0)
 *     i7 = int_gt(i5, 0)                guard_true(i7)  + write back 12 <- i3, 8 <- i5
 *     guard_true(i7)                    jump(p0, i3, i5)
 *     jump(p0)
 *
 * Loads become the field's current value, stores only update it (with the
 * value the field would hold: narrow.ts). The heap
 * is brought up to date wherever control leaves the loop: every guard
 * carries the fields stored anywhere in the loop with their current values
 * (ResOp.vable; the runtime or the bridge writes them back), the label
 * carries them for the tick exit, and around a residual call (which may read
 * or write the frame) the pass emits the stores before and reloads after.
 *
 * The contract of declaring a red virtualizable (PyPy's too): inside a trace
 * its fields are accessed only through that red, except by residual calls.
 * The pass cannot see an alias reached through another pointer.
 */

import { Const, type InputArg, type ResOp, type Trace, type Value, type VableStore, op } from "../ir/trace.js";
import type { OptContext } from "./index.js";
import { narrowed } from "./narrow.js";

const LOAD_TO_STORE: Record<string, string> = { gc_load_i32: "gc_store_i32", gc_load_u8: "gc_store_u8", gc_load_r: "gc_store_r", gc_load_f64: "gc_store_f64" };
const STORE_TO_LOAD: Record<string, string> = { gc_store_i32: "gc_load_i32", gc_store_u8: "gc_load_u8", gc_store_r: "gc_load_r", gc_store_r_init: "gc_load_r", gc_store_f64: "gc_load_f64" };
const WIDTH: Record<string, number> = { gc_load_i32: 4, gc_load_u8: 1, gc_load_r: 4, gc_load_f64: 8 };

interface Field {
  readonly off: number;
  readonly load: string;
  stored: boolean;
  phi: ResOp | null;
  cur: Value | null;
}

/** The fields of V accessed in the loop, or null if V cannot be virtualized. */
function collectFields(t: Trace, v: InputArg, ctx: OptContext): Map<number, Field> | null {
  const fields = new Map<number, Field>();
  for (const o of t.ops) {
    const name = o.op.name;
    const load = name in LOAD_TO_STORE ? name : STORE_TO_LOAD[name];
    if (load === undefined) {
      if (name === "jump" && !o.args.some((a) => ctx.resolve(a) === v)) return null;
      continue;
    }
    if (ctx.resolve(o.args[0]) !== v) continue;
    const off = ctx.resolve(o.args[1]);
    if (!(off instanceof Const)) return null;
    const f = fields.get(off.value);
    if (f !== undefined && f.load !== load) return null;
    if (f === undefined) fields.set(off.value, { off: off.value, load, stored: false, phi: null, cur: null });
    if (load !== name) fields.get(off.value)!.stored = true;
  }
  // overlapping fields of different widths would alias each other
  const spans = [...fields.values()].map((f) => [f.off, f.off + WIDTH[f.load]]).sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) return null;
  return fields;
}

export function optVable(t: Trace, ctx: OptContext): void {
  const jump = t.ops[t.ops.length - 1];
  if (!t.vables || t.vables.length === 0 || jump?.op.name !== "jump" || t.ops.some((o) => o.op.name === "label")) return;
  const vables = new Map<InputArg, Map<number, Field>>();
  for (const v of t.vables) {
    const fields = collectFields(t, v, ctx);
    if (fields !== null && fields.size > 0) vables.set(v, fields);
  }
  if (vables.size === 0) return;
  // the jump must pass each virtualizable back in its own input position
  for (const v of vables.keys()) if (ctx.resolve(jump.args[t.inputs.indexOf(v)]) !== v) vables.delete(v);
  if (vables.size === 0) return;

  const preamble: ResOp[] = [];
  const phis: ResOp[] = [];
  for (const [v, fields] of vables)
    for (const f of fields.values()) {
      f.phi = op(f.load, [v, new Const("i", f.off)]);
      f.cur = f.phi;
      preamble.push(f.phi);
      phis.push(f.phi);
    }
  const label = op("label", [...t.inputs, ...phis]);
  const writeBack = (): VableStore[] => {
    const out: VableStore[] = [];
    for (const [v, fields] of vables) for (const f of fields.values()) if (f.stored) out.push({ obj: v, off: f.off, op: LOAD_TO_STORE[f.load], value: f.cur! });
    return out;
  };
  label.vable = writeBack();

  const body: ResOp[] = [];
  for (const o of t.ops) {
    const name = o.op.name;
    const load = name in LOAD_TO_STORE ? name : STORE_TO_LOAD[name];
    const fields = load !== undefined ? vables.get(ctx.resolve(o.args[0]) as InputArg) : undefined;
    if (fields !== undefined) {
      const f = fields.get((ctx.resolve(o.args[1]) as Const).value)!;
      if (load === name) ctx.replace(o, f.cur!);
      else {
        const n = narrowed(f.load, ctx.resolve(o.args[2]));
        if (n.extra !== null) body.push(n.extra);
        f.cur = n.value;
      }
      continue;
    }
    if (name.startsWith("call") && !name.startsWith("call_pure")) {
      // a residual call may read or write the frame: the heap is current across it
      for (const s of writeBack()) body.push(op(s.op, [s.obj, new Const("i", s.off), s.value]));
      body.push(o);
      for (const [v, fs] of vables)
        for (const f of fs.values()) {
          const reload = op(f.load, [v, new Const("i", f.off)]);
          body.push(reload);
          f.cur = reload;
        }
      continue;
    }
    if (o.isGuard) o.vable = writeBack();
    if (o === jump) {
      const extra: Value[] = [];
      for (const fields of vables.values()) for (const f of fields.values()) extra.push(f.cur!);
      o.args = [...o.args, ...extra];
    }
    body.push(o);
  }
  t.ops = [...preamble, label, ...body];
}
