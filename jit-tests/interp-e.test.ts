import { describe, expect, it } from "vitest";
import { ARRAY_ITEMS, REF_ARRAY, allocFixed, allocVar, initRef, storeI32 } from "../src/gc/index.js";
import { portalRunner } from "../src/jit/hints.js";
import { printTrace } from "../src/tracer/ir/text.js";
import { E_DEC, E_DIVADD, E_JPOS, E_RET, E_SUMITEM, FE_DIV, FE_ITEMS, FE_N, FRAME_E, HALF_ITEM, INT_ITEM, ITEM_VALUE, interpretE } from "./interp-e.js";
import { matchTrace } from "./matcher.js";
import { clearPending, pending } from "./raising-helpers.js";
import { makeCode, opCounts, withJit } from "./support.js";

const PROGRAM = [E_SUMITEM, E_DIVADD, E_DEC, E_JPOS, 0, E_RET];

/** n iterations over `layouts` (one item per entry, value 10*k+1); div: floorDiv(1000, n - div) raises when n == div. */
function runE(n: number, layouts: number[], div: number): [number, boolean] {
  clearPending();
  const code = makeCode(PROGRAM);
  const items = allocVar(REF_ARRAY, layouts.length);
  layouts.forEach((L, k) => {
    const it = allocFixed(L);
    storeI32(it, ITEM_VALUE, 10 * k + 1);
    initRef(items, ARRAY_ITEMS + 4 * k, it);
  });
  const frame = allocFixed(FRAME_E);
  initRef(frame, FE_ITEMS, items);
  storeI32(frame, FE_N, n);
  storeI32(frame, FE_DIV, div);
  const r = portalRunner(interpretE)(0, code, frame);
  const raised = pending() !== 0;
  clearPending();
  return [r, raised];
}

function expected(n: number, layouts: number[], div: number): [number, boolean] {
  let sum = 0;
  for (let i = n; i > 0; i--) {
    const k = i % layouts.length;
    sum += layouts[k] === INT_ITEM ? 10 * k + 1 : (10 * k + 1) >> 1;
    if (i === div) return [-1, true];
    sum += Math.floor(1000 / (i - div));
  }
  return [sum, false];
}

describe("interpreter (e): guard_class from promote(classOf(obj)), guard_no_exception after a raising residual", () => {
  const ints = [INT_ITEM, INT_ITEM, INT_ITEM];
  const mixed = [INT_ITEM, HALF_ITEM, INT_ITEM, HALF_ITEM, HALF_ITEM];
  const cases: [string, number, number[], number][] = [
    ["one class, no error", 200, ints, -5],
    ["two classes, no error", 200, mixed, -5],
    ["one class, raises at n=37", 200, ints, 37],
    ["two classes, raises at n=3", 50, mixed, 3],
  ];

  it("same result (and pending exception) with the JIT off, at threshold 1, with bridges, in GC torture mode", async () => {
    for (const [what, n, layouts, div] of cases) {
      const want = expected(n, layouts, div);
      expect((await withJit(null, {}, () => runE(n, layouts, div))).result, what).toEqual(want);
      expect((await withJit(1, { bridgeThreshold: 1e9 }, () => runE(n, layouts, div))).result, what).toEqual(want);
      expect((await withJit(1, { bridgeThreshold: 2 }, () => runE(n, layouts, div))).result, what).toEqual(want);
      expect((await withJit(3, { torture: true, bridgeThreshold: 2 }, () => runE(n, layouts, div))).result, what).toEqual(want);
    }
  });

  it("the loop has guard_class (no header load, no guard_value) and guard_no_exception (no load of the slot)", async () => {
    const { jit } = await withJit(1, { bridgeThreshold: 1e9 }, () => runE(100, ints, -5));
    expect(jit!.loops.length).toBe(1);
    expect(jit!.log.counts.get("compile failures") ?? 0).toBe(0);
    const t = jit!.loops[0].trace;
    const c = opCounts(t);
    expect(c.guard_class).toBe(1);
    expect(c.class_of ?? 0).toBe(0);
    expect(c.guard_value ?? 0).toBe(0);
    expect(c.call_i).toBe(1);
    expect(c.guard_no_exception).toBe(1);
    expect(c.gc_load_r).toBe(2); // items and obj; never the pending-exception slot
    expect(matchTrace(printTrace(t), `
      ...
      r5 = gc_load_r(r4, _)
      ...
      guard_class(r5, ${INT_ITEM})
      i6 = gc_load_i32(r5, ${ITEM_VALUE})
      ...
      i9 = call_i(1000, _, descr=<Call floorDiv>)
      guard_no_exception(#)
      ...
    `)).toBeNull();
  });

  it("a second class fails guard_class and grows a bridge", async () => {
    const { jit, result } = await withJit(1, { bridgeThreshold: 2 }, () => runE(300, mixed, -5));
    expect(result).toEqual(expected(300, mixed, -5));
    expect(jit!.bridges.length).toBeGreaterThanOrEqual(1);
    expect(jit!.bridges.some((b) => (opCounts(b).guard_class ?? 0) >= 1 || (opCounts(b).gc_load_i32 ?? 0) >= 1)).toBe(true);
  });
});
