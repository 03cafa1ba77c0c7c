/*
 * ops.ts — THE resop table: every trace operation is defined once, here.
 *
 * One row per op: name, arity (-1 = variadic), result kind (i int, r ref,
 * f float, v none), flags, and for pure ops their concrete semantics. The
 * recorder (metainterp), the blackhole (jitcode arithmetic shares these names
 * and meanings), the optimizer passes, the Wasm backend and the text format
 * all read this table; nothing else lists ops.
 *
 * Value semantics (what the interpreter computes in JS and traces compute in
 * Wasm, identically): int is an exact integer (JS number below 2^53, i64 in
 * Wasm); the bitwise ops and shifts act on the low 32 bits as JS does
 * (ToInt32) and give a sign-extended i32; uint_rshift gives the unsigned
 * value; comparisons give 0 or 1. Ref is an i32 word. Float is f64.
 *
 * Flags: PURE (no side effect, result depends on args only: foldable and
 * CSE-able), GUARD (has resume data and fail args), SIDE_EFFECT (heap writes,
 * calls), CAN_RAISE (placeholder for the exception story), COMMUTATIVE.
 * Guards come in complementary pairs next to each other where that helps.
 */

export type Kind = "i" | "r" | "f" | "v";

/** The fast-path int range of int_*_ovf (defined with the hints: the interpreter uses it too). */
export { INT_OVF_LIMIT } from "../../jit/hints.js";
import { classOf, overflowed } from "../../jit/hints.js";

export const PURE = 1;
export const GUARD = 2;
export const SIDE_EFFECT = 4;
export const CAN_RAISE = 8;
export const COMMUTATIVE = 16;
/** Reads memory (not pure: a store may change the result). */
export const READS_HEAP = 32;
/** Control: label / jump / finish. */
export const CONTROL = 64;
/** Overflow-checked arithmetic: the next guard_(no_)overflow tests its range. */
export const OVF = 128;

type Exec = (...a: number[]) => number;
const b = (x: boolean): number => (x ? 1 : 0);

type Row = readonly [name: string, arity: number, result: Kind, flags: number, exec?: Exec];

// prettier-ignore
const ROWS: readonly Row[] = [
  // control
  ["label", -1, "v", CONTROL],
  ["jump", -1, "v", CONTROL],
  ["finish", -1, "v", CONTROL],
  ["debug_merge_point", -1, "v", 0],
  // guards (arg, then for guard_value the expected constant)
  ["guard_true", 1, "v", GUARD],
  ["guard_false", 1, "v", GUARD],
  ["guard_value", 2, "v", GUARD],
  /** (obj, layout id): classOf(obj) === layout. */
  ["guard_class", 2, "v", GUARD],
  ["guard_nonnull", 1, "v", GUARD],
  ["guard_isnull", 1, "v", GUARD],
  /** (x) where x is an int_*_ovf result: x is inside the fast-path int range (hints.ts). */
  ["guard_no_overflow", 1, "v", GUARD],
  ["guard_overflow", 1, "v", GUARD],
  /** (slot address): the pending-exception root slot is null (after a raising(...) call). */
  ["guard_no_exception", 1, "v", GUARD],
  /** The GC's COLLECT_WANTED word is 0 (an RTS safepoint()); fails into the blackhole, which collects. */
  ["guard_not_gc_wanted", 0, "v", GUARD],
  /** Always fails: a loop's periodic return to the runtime (no OSR in V8's Wasm). */
  ["guard_tick", 0, "v", GUARD],
  // int arithmetic
  ["int_add", 2, "i", PURE | COMMUTATIVE, (x, y) => x + y],
  ["int_sub", 2, "i", PURE, (x, y) => x - y],
  ["int_mul", 2, "i", PURE | COMMUTATIVE, (x, y) => x * y],
  ["int_mod", 2, "i", PURE, (x, y) => x % y],
  ["int_and", 2, "i", PURE | COMMUTATIVE, (x, y) => x & y],
  ["int_or", 2, "i", PURE | COMMUTATIVE, (x, y) => x | y],
  ["int_xor", 2, "i", PURE | COMMUTATIVE, (x, y) => x ^ y],
  ["int_lshift", 2, "i", PURE, (x, y) => x << y],
  ["int_rshift", 2, "i", PURE, (x, y) => x >> y],
  ["uint_rshift", 2, "i", PURE, (x, y) => x >>> y],
  ["int_neg", 1, "i", PURE, (x) => -x],
  /** (x, bytes): x's low `bytes` bytes, sign-extended (4: what an i32 field holds; PyPy's int_signext). */
  ["int_signext", 2, "i", PURE, (x, n) => (n === 4 ? x | 0 : n === 2 ? (x << 16) >> 16 : (x << 24) >> 24)],
  // overflow-checked arithmetic (src/jit/hints.ts intAddOvf...): always followed by
  // guard_no_overflow/guard_overflow on the result, so not PURE (never folded, CSE'd or
  // dropped away from its guard); the exec is the interpreter's (inexact past the range)
  ["int_add_ovf", 2, "i", OVF, (x, y) => x + y],
  ["int_sub_ovf", 2, "i", OVF, (x, y) => x - y],
  ["int_mul_ovf", 2, "i", OVF, (x, y) => x * y + 0],
  /** overflowed(x) when x's outcome is not known from a guard: |x| > INT_OVF_LIMIT. */
  ["int_overflowed", 1, "i", PURE, (x) => b(overflowed(x))],
  ["int_invert", 1, "i", PURE, (x) => ~x],
  ["int_is_zero", 1, "i", PURE, (x) => b(x === 0)],
  ["int_is_true", 1, "i", PURE, (x) => b(x !== 0)],
  ["int_lt", 2, "i", PURE, (x, y) => b(x < y)],
  ["int_le", 2, "i", PURE, (x, y) => b(x <= y)],
  ["int_gt", 2, "i", PURE, (x, y) => b(x > y)],
  ["int_ge", 2, "i", PURE, (x, y) => b(x >= y)],
  ["int_eq", 2, "i", PURE | COMMUTATIVE, (x, y) => b(x === y)],
  ["int_ne", 2, "i", PURE | COMMUTATIVE, (x, y) => b(x !== y)],
  ["ptr_eq", 2, "i", PURE | COMMUTATIVE, (x, y) => b(x === y)],
  ["ptr_ne", 2, "i", PURE | COMMUTATIVE, (x, y) => b(x !== y)],
  // float arithmetic
  ["float_add", 2, "f", PURE | COMMUTATIVE, (x, y) => x + y],
  ["float_sub", 2, "f", PURE, (x, y) => x - y],
  ["float_mul", 2, "f", PURE | COMMUTATIVE, (x, y) => x * y],
  ["float_truediv", 2, "f", PURE, (x, y) => x / y],
  ["float_neg", 1, "f", PURE, (x) => -x],
  ["float_lt", 2, "i", PURE, (x, y) => b(x < y)],
  ["float_le", 2, "i", PURE, (x, y) => b(x <= y)],
  ["float_gt", 2, "i", PURE, (x, y) => b(x > y)],
  ["float_ge", 2, "i", PURE, (x, y) => b(x >= y)],
  ["float_eq", 2, "i", PURE | COMMUTATIVE, (x, y) => b(x === y)],
  ["float_ne", 2, "i", PURE | COMMUTATIVE, (x, y) => b(x !== y)],
  ["cast_int_to_float", 1, "f", PURE, (x) => x],
  /** Truncates toward zero (hints.ts floatToInt); finite, in-range values only. */
  ["cast_float_to_int", 1, "i", PURE, (x) => Math.trunc(x)],
  ["cast_ptr_to_int", 1, "i", PURE, (x) => x],
  ["cast_int_to_ptr", 1, "r", PURE, (x) => x],
  ["same_as_i", 1, "i", PURE, (x) => x],
  ["same_as_r", 1, "r", PURE, (x) => x],
  ["same_as_f", 1, "f", PURE, (x) => x],
  /** The header's layout id (hints.ts classOf): immutable, so pure. */
  ["class_of", 1, "i", PURE, (x) => classOf(x)],
  // heap: (object, byte offset[, value]); the offset is usually a constant
  ["gc_load_i32", 2, "i", READS_HEAP],
  ["gc_load_u8", 2, "i", READS_HEAP],
  ["gc_load_r", 2, "r", READS_HEAP],
  ["gc_load_f64", 2, "f", READS_HEAP],
  ["gc_store_i32", 3, "v", SIDE_EFFECT],
  ["gc_store_u8", 3, "v", SIDE_EFFECT],
  /** Reference store with the generational write barrier. */
  ["gc_store_r", 3, "v", SIDE_EFFECT],
  /** Reference store into an object allocated since the last safepoint: no barrier. */
  ["gc_store_r_init", 3, "v", SIDE_EFFECT],
  ["gc_store_f64", 3, "v", SIDE_EFFECT],
  // allocation: (layout) / (layout, length)
  ["new_fixed", 1, "r", SIDE_EFFECT],
  ["new_var", 2, "r", SIDE_EFFECT],
  // calls: (function constant, args...) — the callee is a descr-like constant index
  ["call_i", -1, "i", SIDE_EFFECT | CAN_RAISE],
  ["call_r", -1, "r", SIDE_EFFECT | CAN_RAISE],
  ["call_f", -1, "f", SIDE_EFFECT | CAN_RAISE],
  ["call_n", -1, "v", SIDE_EFFECT | CAN_RAISE],
  ["call_pure_i", -1, "i", PURE],
  ["call_pure_r", -1, "r", PURE],
  ["call_pure_f", -1, "f", PURE],
];

export interface OpInfo {
  readonly num: number;
  readonly name: string;
  readonly arity: number;
  readonly result: Kind;
  readonly flags: number;
  readonly exec: Exec | undefined;
}

export const OPS: readonly OpInfo[] = ROWS.map(([name, arity, result, flags, exec], num) => ({ num, name, arity, result, flags, exec }));
const byName = new Map(OPS.map((o) => [o.name, o]));

export function opByName(name: string): OpInfo {
  const o = byName.get(name);
  if (o === undefined) throw new Error(`unknown resop ${name}`);
  return o;
}

export function hasOp(name: string): boolean {
  return byName.has(name);
}

export const isGuard = (o: OpInfo): boolean => (o.flags & GUARD) !== 0;
export const isPure = (o: OpInfo): boolean => (o.flags & PURE) !== 0;
