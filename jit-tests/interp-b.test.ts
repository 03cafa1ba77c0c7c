import { describe, expect, it } from "vitest";
import { ARRAY_ITEMS, F64_ARRAY, I32_ARRAY, allocFixed, allocVar, initRef, storeI32 } from "../src/gc/index.js";
import { portalRunner } from "../src/jit/hints.js";
import { B_FADDK, B_FSUBK, B_GOTO, B_IFODD, B_JPOS, B_RETF, B_SUBI, FRAME_B, FRAME_B_FLOATS, FRAME_B_INTS, interpretB } from "./interp-b.js";
import { makeCode, opCounts, withJit } from "./support.js";

// loop: if r0 odd: acc -= 0.5 else acc += 1.5; r0 -= 1; if r0 > 0 goto loop; return acc
const PROGRAM = [B_IFODD, 0, 9, B_FADDK, 0, 3, B_GOTO, 12, 0, B_FSUBK, 0, 2, B_SUBI, 0, 1, B_JPOS, 0, 0, B_RETF, 0];

function runB(n: number): number {
  const code = makeCode(PROGRAM);
  const ints = allocVar(I32_ARRAY, 2);
  const floats = allocVar(F64_ARRAY, 2);
  const frame = allocFixed(FRAME_B);
  initRef(frame, FRAME_B_INTS, ints);
  initRef(frame, FRAME_B_FLOATS, floats);
  storeI32(ints, ARRAY_ITEMS, n);
  return portalRunner(interpretB)(0, code, frame);
}

function expected(n: number): number {
  let acc = 0;
  for (let i = n; i > 0; i--) acc = i & 1 ? acc - 0.5 : acc + 1.5;
  return acc;
}

describe("interpreter (b): if/else with a bridge, float accumulator", () => {
  it("same result with the JIT off, at threshold 1, with and without bridges, in GC torture mode", async () => {
    for (const n of [1, 2, 7, 300]) {
      const off = (await withJit(null, {}, () => runB(n))).result;
      expect(off).toBe(expected(n));
      expect((await withJit(1, { bridgeThreshold: 3 }, () => runB(n))).result).toBe(off);
      expect((await withJit(1, { bridgeThreshold: 1e9 }, () => runB(n))).result).toBe(off);
      expect((await withJit(1, { bridgeThreshold: 3, torture: true }, () => runB(n))).result).toBe(off);
    }
  });

  it("one loop, one bridge; the loop carries float ops and one guard on the branch", async () => {
    const { jit, result } = await withJit(1, { bridgeThreshold: 3 }, () => runB(300));
    expect(result).toBe(expected(300));
    expect(jit!.loops.length).toBe(1);
    expect(jit!.log.counts.get("compile failures") ?? 0).toBe(0);
    expect(jit!.bridges.length).toBe(1);
    const loop = opCounts(jit!.loops[0].trace);
    expect((loop.float_add ?? 0) + (loop.float_sub ?? 0)).toBe(1);
    expect((loop.guard_true ?? 0) + (loop.guard_false ?? 0)).toBe(2);
    expect(loop.call_pure_i ?? 0).toBe(0);
    const bridge = opCounts(jit!.bridges[0]);
    expect((bridge.float_add ?? 0) + (bridge.float_sub ?? 0)).toBe(1);
    expect(bridge.jump).toBe(1);
    // after the bridge is attached the guard stops failing into the blackhole
    expect(jit!.log.counts.get("blackhole resumes")).toBeLessThanOrEqual(3);
  });
});
