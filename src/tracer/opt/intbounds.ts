/*
 * opt/intbounds.ts — integer ranges (PyPy's intbounds, small): each int value gets an interval
 * [lo, hi] from constants, from the ops that made it and from the guards it passed, and
 *   - a comparison whose outcome the intervals decide becomes a constant (its guard goes);
 *   - guard_nonnull of a ref made from an int that can't be 0 goes;
 *   - the tagging round trip of an interpreter's small ints folds:
 *       cast_ptr_to_int(cast_int_to_ptr(x))            -> x
 *       int_and(x, 1) with x known odd                 -> 1
 *       int_rshift(int_or(int_lshift(x, k), m), k)     -> x   when x << k fits 32 bits, 0 <= m < 2^k
 *     so a value boxed as (x << 1) | 1 and unboxed again is x itself, with no tag checks.
 * Semantics are ops.ts's: shifts and bitwise ops act on 32 bits (JS), the other int ops are
 * exact (|values| < 2^53). A guard refines its value for the ops after it only.
 */

import { Const, type ResOp, type Trace, type Value } from "../ir/trace.js";
import { PURE } from "../ir/ops.js";
import type { OptContext } from "./index.js";
import { SELF_COMPARE } from "./rewrite.js";

const I32_MIN = -(2 ** 31);
const I32_MAX = 2 ** 31 - 1;
const EXACT = 2 ** 53;

interface Bounds {
  lo: number;
  hi: number;
}

const UNKNOWN: Bounds = { lo: -EXACT, hi: EXACT };
const INT32: Bounds = { lo: I32_MIN, hi: I32_MAX };

const BOOLEAN_RESULT = new Set(["int_lt", "int_le", "int_gt", "int_ge", "int_eq", "int_ne", "ptr_eq", "ptr_ne", "int_is_zero", "int_is_true", "int_overflowed", "float_lt", "float_le", "float_gt", "float_ge", "float_eq", "float_ne"]);

const within32 = (b: Bounds): boolean => b.lo >= I32_MIN && b.hi <= I32_MAX;

/** The comparison ops and what each says about (x, y) when true; `flip` is the false case. */
const COMPARE: Record<string, { holds: (x: Bounds, y: Bounds) => boolean | null; flip: string }> = {
  int_lt: { holds: (x, y) => (x.hi < y.lo ? true : x.lo >= y.hi ? false : null), flip: "int_ge" },
  int_le: { holds: (x, y) => (x.hi <= y.lo ? true : x.lo > y.hi ? false : null), flip: "int_gt" },
  int_gt: { holds: (x, y) => (x.lo > y.hi ? true : x.hi <= y.lo ? false : null), flip: "int_le" },
  int_ge: { holds: (x, y) => (x.lo >= y.hi ? true : x.hi < y.lo ? false : null), flip: "int_lt" },
  int_eq: { holds: (x, y) => (x.lo === x.hi && y.lo === y.hi && x.lo === y.lo ? true : x.hi < y.lo || x.lo > y.hi ? false : null), flip: "int_ne" },
  int_ne: { holds: (x, y) => (x.hi < y.lo || x.lo > y.hi ? true : x.lo === x.hi && y.lo === y.hi && x.lo === y.lo ? false : null), flip: "int_eq" },
};

export function optIntBounds(t: Trace, ctx: OptContext): void {
  const bounds = new Map<Value, Bounds>();
  const odd = new Set<Value>();
  const made = new Map<Value, ResOp>();
  const of = (v: Value): Bounds => (v instanceof Const ? { lo: v.value, hi: v.value } : (bounds.get(v) ?? UNKNOWN));
  const isOdd = (v: Value): boolean => (v instanceof Const ? (v.value & 1) !== 0 : odd.has(v));
  const def = (v: Value): ResOp | undefined => (v instanceof Const ? undefined : made.get(v));
  const narrow = (v: Value, lo: number, hi: number): void => {
    if (v instanceof Const) return;
    const b = of(v);
    bounds.set(v, { lo: Math.max(b.lo, lo), hi: Math.min(b.hi, hi) });
  };
  /** What a comparison being `truth` tells about its arguments. */
  const learn = (cmp: ResOp, truth: boolean): void => {
    let name = cmp.op.name;
    if (!(name in COMPARE)) return;
    if (!truth) name = COMPARE[name]!.flip;
    const [x, y] = cmp.args.map(ctx.resolve) as [Value, Value];
    const bx = of(x);
    const by = of(y);
    if (name === "int_lt") (narrow(x, -EXACT, by.hi - 1), narrow(y, bx.lo + 1, EXACT));
    else if (name === "int_le") (narrow(x, -EXACT, by.hi), narrow(y, bx.lo, EXACT));
    else if (name === "int_gt") (narrow(x, by.lo + 1, EXACT), narrow(y, -EXACT, bx.hi - 1));
    else if (name === "int_ge") (narrow(x, by.lo, EXACT), narrow(y, -EXACT, bx.hi));
    else if (name === "int_eq") (narrow(x, by.lo, by.hi), narrow(y, bx.lo, bx.hi));
  };

  const out: ResOp[] = [];
  for (const o of t.ops) {
    const args = o.args.map(ctx.resolve);
    const name = o.op.name;
    const [x, y] = args;
    // pure ops on constants (some arguments became constants here)
    if (o.op.exec && (o.op.flags & PURE) !== 0 && args.length > 0 && args.every((a) => a instanceof Const)) {
      ctx.replace(o, new Const(o.kind, o.op.exec(...args.map((a) => (a as Const).value))));
      continue;
    }
    if (name === "cast_ptr_to_int" && def(x!)?.op.name === "cast_int_to_ptr") {
      ctx.replace(o, ctx.resolve(def(x!)!.args[0]!));
      continue;
    }
    if (name === "cast_int_to_ptr" && def(x!)?.op.name === "cast_ptr_to_int") {
      ctx.replace(o, ctx.resolve(def(x!)!.args[0]!));
      continue;
    }
    if (name === "int_and" && y instanceof Const && y.value === 1 && isOdd(x!)) {
      ctx.replace(o, new Const("i", 1));
      continue;
    }
    if (name === "int_rshift" && y instanceof Const && y.value >= 0 && y.value < 31) {
      // int_rshift(int_or(int_lshift(v, k), m), k) -> v
      const or = def(x!);
      const k = y.value;
      if (or?.op.name === "int_or") {
        const [a, m] = or.args.map(ctx.resolve);
        const shl = def(a!);
        if (m instanceof Const && m.value >= 0 && m.value < 2 ** k && shl?.op.name === "int_lshift") {
          const [v, s] = shl.args.map(ctx.resolve);
          const bv = of(v!);
          if (s instanceof Const && s.value === k && bv.lo >= I32_MIN / 2 ** k && bv.hi <= I32_MAX / 2 ** k) {
            ctx.replace(o, v!);
            continue;
          }
        }
      }
    }
    if (x !== undefined && x === y && SELF_COMPARE[name] !== undefined) {
      ctx.replace(o, new Const("i", SELF_COMPARE[name]!));
      continue;
    }
    if (name in COMPARE) {
      const r = COMPARE[name]!.holds(of(x!), of(y!));
      if (r !== null) {
        ctx.replace(o, new Const("i", r ? 1 : 0));
        continue;
      }
    }
    if (name === "guard_true" || name === "guard_false") {
      const b = of(x!);
      const want = name === "guard_true";
      if (b.lo === b.hi && (b.lo !== 0) === want) continue; // holds: the guard goes
      const cmp = def(x!);
      if (cmp) learn(cmp, want);
    }
    if (name === "guard_nonnull") {
      const src = def(x!);
      if (src?.op.name === "cast_int_to_ptr") {
        const i = ctx.resolve(src.args[0]!);
        const bi = of(i);
        if (isOdd(i) || bi.lo > 0 || bi.hi < 0) continue;
      }
    }
    made.set(o, o);
    if (o.kind === "i") {
      const b = resultBounds(name, of(x ?? new Const("i", 0)), of(y ?? new Const("i", 0)), y);
      if (b !== null) bounds.set(o, b);
      if (name === "int_or" && (isOdd(x!) || isOdd(y!))) odd.add(o);
    }
    out.push(o);
  }
  t.ops = out;
}

/** The interval of an int op's result from its arguments', or null (unknown). */
function resultBounds(name: string, x: Bounds, y: Bounds, yv: Value | undefined): Bounds | null {
  const span = (vals: number[]): Bounds | null => {
    const lo = Math.min(...vals);
    const hi = Math.max(...vals);
    return lo >= -EXACT && hi <= EXACT ? { lo, hi } : null;
  };
  switch (name) {
    case "int_add":
      return span([x.lo + y.lo, x.hi + y.hi]);
    case "int_sub":
      return span([x.lo - y.hi, x.hi - y.lo]);
    case "int_mul":
      return span([x.lo * y.lo, x.lo * y.hi, x.hi * y.lo, x.hi * y.hi]);
    case "int_and":
      if (yv instanceof Const && yv.value >= 0) return { lo: 0, hi: yv.value };
      return INT32;
    case "int_lshift":
      if (yv instanceof Const && within32(x) && yv.value >= 0 && yv.value < 31) {
        const b = { lo: x.lo * 2 ** yv.value, hi: x.hi * 2 ** yv.value };
        return within32(b) ? b : INT32;
      }
      return INT32;
    case "int_rshift":
      if (yv instanceof Const && yv.value >= 0 && yv.value < 32) {
        const src = within32(x) ? x : INT32;
        return { lo: src.lo >> yv.value, hi: src.hi >> yv.value };
      }
      return INT32;
    case "int_or":
    case "int_xor":
    case "int_signext":
    case "int_invert":
      return INT32;
    case "uint_rshift":
      return { lo: 0, hi: 2 ** 32 - 1 };
    case "cast_ptr_to_int":
    case "gc_load_i32":
      return INT32;
    case "gc_load_u8":
      return { lo: 0, hi: 255 };
    default:
      return BOOLEAN_RESULT.has(name) ? { lo: 0, hi: 1 } : null;
  }
}
