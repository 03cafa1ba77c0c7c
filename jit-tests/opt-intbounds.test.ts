// opt/intbounds.ts: integer ranges from constants, ops and guards (text in, text out).
import { describe, expect, it } from "vitest";
import { parseTrace, printTrace } from "../src/tracer/ir/text.js";
import { optimize } from "../src/tracer/opt/index.js";

const run = (text: string): string => printTrace(optimize(parseTrace(text), "intbounds:dce"));

describe("intbounds", () => {
  it("folds a small int's tag round trip once its range is guarded: no tag test, no unboxing, no null check", () => {
    const out = run(`[i0, r1]
i2 = int_ge(i0, -1073741824)
guard_true(i2) [i0]
i3 = int_le(i0, 1073741823)
guard_true(i3) [i0]
i4 = int_lshift(i0, 1)
i5 = int_or(i4, 1)
r6 = cast_int_to_ptr(i5)
guard_nonnull(r6) [r6]
i7 = cast_ptr_to_int(r6)
i8 = int_and(i7, 1)
i9 = int_eq(i8, 0)
guard_false(i9) [r6]
i10 = int_rshift(i7, 1)
i11 = int_add(i10, 1)
jump(i11, r6)
`);
    expect(out).toBe(`[i0, r1]
i2 = int_ge(i0, -1073741824)
guard_true(i2) [i0]
i3 = int_le(i0, 1073741823)
guard_true(i3) [i0]
i4 = int_lshift(i0, 1)
i5 = int_or(i4, 1)
r6 = cast_int_to_ptr(i5)
i7 = int_add(i0, 1)
jump(i7, r6)
`);
  });

  it("keeps the unboxing when the boxed value may not fit 31 bits", () => {
    const out = run(`[i0]
i1 = int_lshift(i0, 1)
i2 = int_or(i1, 1)
i3 = int_rshift(i2, 1)
jump(i3)
`);
    expect(out).toContain("int_rshift");
  });

  it("a comparison that earlier guards decide is folded and its guard dropped; an undecided one stays", () => {
    const out = run(`[i0, i1]
i2 = int_lt(i0, 100)
guard_true(i2) [i0]
i3 = int_ge(i0, 0)
guard_true(i3) [i0]
i4 = int_lt(i0, 1000)
guard_true(i4) [i0]
i5 = int_add(i0, 7)
i6 = int_le(i5, 106)
guard_true(i6) [i0]
i7 = int_lt(i5, i1)
guard_true(i7) [i0]
jump(i5, i1)
`);
    expect(out).not.toContain("int_lt(i0, 1000)");
    expect(out).not.toContain("int_le(");
    expect(out).toContain("int_lt(i4, i1)");
    expect(out.match(/guard_true/g)!.length).toBe(3);
  });

  it("int_and with a non-negative mask bounds its result, so a range guard after it goes", () => {
    const out = run(`[i0]
i1 = int_and(i0, 255)
i2 = int_le(i1, 255)
guard_true(i2) [i0]
i3 = int_ge(i1, 0)
guard_true(i3) [i0]
jump(i1)
`);
    expect(out).toBe(`[i0]
i1 = int_and(i0, 255)
jump(i1)
`);
  });
});
