import { describe, expect, it } from "vitest";
import { REF_ARRAY, allocFixed, allocRootSlot, allocVar, initRef, storeI32 } from "../src/gc/index.js";
import { portalRunner } from "../src/jit/hints.js";
import { C_DEC, C_JPOS, C_RET, C_STEP, FC_ITEMS, FC_N, FRAME_C, interpretC } from "./interp-c.js";
import { makeCode, opCounts, withJit } from "./support.js";

const PROGRAM = [C_STEP, C_DEC, C_JPOS, 0, C_RET];
const LEN = 10;

function runC(n: number): number {
  const code = makeCode(PROGRAM);
  const slot = allocRootSlot();
  const items = allocVar(REF_ARRAY, LEN);
  const frame = allocFixed(FRAME_C);
  initRef(frame, FC_ITEMS, items);
  storeI32(frame, FC_N, n);
  return portalRunner(interpretC)(0, code, slot, frame);
}

function expected(n: number): number {
  const hits = Math.floor(n / 7);
  let sum = 0;
  for (let v = 1; v <= Math.min(n, LEN); v++) sum += v; // the last write to slot k is the smallest v with v % LEN == k
  const items: number[] = new Array(LEN).fill(0);
  for (let v = n; v >= 1; v--) items[v % LEN] = v;
  sum = items.reduce((a, b) => a + b, 0);
  return n * 1000000 + hits * 1000 + (sum % 1000);
}

describe("interpreter (c): an allocation per iteration, stores into a heap array, guards inside a helper", () => {
  it("same result with the JIT off, at threshold 1, with and without bridges, in GC torture mode", async () => {
    for (const n of [1, 6, 7, 8, 50, 400]) {
      const off = (await withJit(null, {}, () => runC(n))).result;
      expect(off).toBe(expected(n));
      expect((await withJit(1, {}, () => runC(n))).result).toBe(off);
      expect((await withJit(1, { bridgeThreshold: 2 }, () => runC(n))).result).toBe(off);
      expect((await withJit(1, { torture: true }, () => runC(n))).result).toBe(off);
      expect((await withJit(3, { torture: true, bridgeThreshold: 2 }, () => runC(n))).result).toBe(off);
    }
  });

  it("a guard failing in the middle of the inlined helper resumes after its side effect (count is exact)", async () => {
    // bridges off: every multiple of 7 fails the helper's guard and resumes in the blackhole
    const n = 700;
    const { jit, result } = await withJit(1, { bridgeThreshold: 1e9 }, () => runC(n));
    expect(Math.floor(result / 1000000)).toBe(n); // count: incremented once per iteration, never twice
    expect(Math.floor(result / 1000) % 1000).toBe(100); // hits
    expect(jit!.log.counts.get("blackhole resumes")).toBeGreaterThanOrEqual(99);
    expect(jit!.log.counts.get("compile failures") ?? 0).toBe(0);
    const c = opCounts(jit!.loops[0].trace);
    expect(c.new_fixed).toBe(1);
    expect(c.gc_store_r).toBe(1);
    expect(c.guard_not_gc_wanted).toBe(1);
    const g = jit!.loops[0].trace.ops.find((o) => (o.op.name === "guard_true" || o.op.name === "guard_false") && o.resume!.length === 2);
    expect(g, "a guard whose resume data has two frames (portal + helper)").toBeDefined();
  });
});
