/*
 * opt/narrow.ts — what a load returns after a store, as a trace value.
 *
 * An int is an exact integer in traces, but an i32 field keeps only the low
 * 32 bits (sign-extended) and a u8 field the low 8: `storeI32(p, 8, x);
 * loadI32(p, 8)` is `x | 0`, not x. A pass that forwards a stored value to a
 * later load (heap.ts, vable.ts) asks `narrowed` for it: the value itself
 * when its op already yields a value in the field's range (a load of that
 * width, a bitwise op, a comparison, a constant folded here), else a new
 * int_signext / int_and op that the pass puts in the trace.
 */

import { Const, ResOp, type Value, op } from "../ir/trace.js";

/** Ops whose int result is always a sign-extended i32. */
const I32_RESULT = new Set(["gc_load_i32", "gc_load_u8", "int_and", "int_or", "int_xor", "int_lshift", "int_rshift", "int_invert", "int_signext", "int_is_zero", "int_is_true", "int_lt", "int_le", "int_gt", "int_ge", "int_eq", "int_ne", "ptr_eq", "ptr_ne", "float_lt", "float_le", "float_gt", "float_ge", "float_eq", "float_ne", "class_of", "int_overflowed"]);
/** Ops whose int result is always in 0..255. */
const U8_RESULT = new Set(["gc_load_u8", "int_is_zero", "int_is_true", "int_lt", "int_le", "int_gt", "int_ge", "int_eq", "int_ne", "ptr_eq", "ptr_ne", "float_lt", "float_le", "float_gt", "float_ge", "float_eq", "float_ne", "int_overflowed"]);

/** The value a `load` (gc_load_*) of a field just stored with `v` returns; `extra` is a new op to insert first, if any. */
export function narrowed(load: string, v: Value): { value: Value; extra: ResOp | null } {
  if (load !== "gc_load_i32" && load !== "gc_load_u8") return { value: v, extra: null };
  const i32 = load === "gc_load_i32";
  if (v instanceof Const) return { value: new Const("i", i32 ? v.value | 0 : v.value & 255), extra: null };
  if (v instanceof ResOp && (i32 ? I32_RESULT : U8_RESULT).has(v.op.name)) return { value: v, extra: null };
  const extra = i32 ? op("int_signext", [v, new Const("i", 4)]) : op("int_and", [v, new Const("i", 255)]);
  return { value: extra, extra };
}
