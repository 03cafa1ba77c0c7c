import { describe, expect, it } from "vitest";
import { INT_OVF_LIMIT, portalRunner } from "../src/jit/hints.js";
import { bigFromHeap } from "./bigint-helpers.js";
import { D_ADDN, D_DEC, D_JPOS, D_MULADD, D_RET, interpretD } from "./interp-d.js";
import { matchTrace } from "./matcher.js";
import { makeCode, opCounts, withJit } from "./support.js";
import { printTrace } from "../src/tracer/ir/text.js";

// loop { acc = acc * 3 + 1; n -= 1; if n > 0 goto loop }: leaves 2^53 after 33 iterations
const MULADD = [D_MULADD, 3, 1, D_DEC, D_JPOS, 0, D_RET];
// loop { acc += n; n -= 1; ... } from just below the limit: an int_add_ovf overflow
const ADDN = [D_ADDN, D_DEC, D_JPOS, 0, D_RET];

function runD(program: number[], n: number, acc: number): bigint {
  const code = makeCode(program);
  return bigFromHeap(portalRunner(interpretD)(0, code, n, acc, 0));
}

function expectedMulAdd(n: number, acc: number): bigint {
  let a = BigInt(acc);
  for (let i = 0; i < n; i++) a = a * 3n + 1n;
  return a;
}

function expectedAddN(n: number, acc: number): bigint {
  let a = BigInt(acc);
  for (let i = n; i > 0; i--) a += BigInt(i);
  return a;
}

describe("interpreter (d): overflow-checked ints with a big-int slow path", () => {
  const cases: [string, number[], number, number, bigint][] = [
    ["muladd, stays small", MULADD, 20, 0, expectedMulAdd(20, 0)],
    ["muladd, overflows in the loop", MULADD, 60, 0, expectedMulAdd(60, 0)],
    ["muladd, negative, overflows", MULADD, 50, -7, expectedMulAdd(50, -7)],
    ["addn, overflows", ADDN, 400, INT_OVF_LIMIT - 30000, expectedAddN(400, INT_OVF_LIMIT - 30000)],
    ["addn, ends exactly at the limit", ADDN, 10, INT_OVF_LIMIT - 55, expectedAddN(10, INT_OVF_LIMIT - 55)],
  ];

  it("same result with the JIT off, at threshold 1, with and without bridges, in GC torture mode", async () => {
    for (const [what, prog, n, acc, want] of cases) {
      const off = (await withJit(null, {}, () => runD(prog, n, acc))).result;
      expect(off, what).toBe(want);
      expect((await withJit(1, { bridgeThreshold: 1e9 }, () => runD(prog, n, acc))).result, what).toBe(want);
      expect((await withJit(1, { bridgeThreshold: 2 }, () => runD(prog, n, acc))).result, what).toBe(want);
      expect((await withJit(3, { torture: true, bridgeThreshold: 2 }, () => runD(prog, n, acc))).result, what).toBe(want);
    }
  });

  it("the loop keeps ints as machine words behind guard_no_overflow; overflow fails the guard into the slow path", async () => {
    const { jit, result } = await withJit(1, { bridgeThreshold: 1e9 }, () => runD(MULADD, 60, 0));
    expect(result).toBe(expectedMulAdd(60, 0));
    expect(jit!.loops.length).toBe(1);
    expect(jit!.log.counts.get("compile failures") ?? 0).toBe(0);
    const t = jit!.loops[0].trace;
    const c = opCounts(t);
    expect(c.int_mul_ovf).toBe(1);
    expect(c.int_add_ovf).toBe(1);
    expect(c.guard_no_overflow).toBe(2);
    expect(c.int_overflowed ?? 0).toBe(0);
    expect(c.call_r ?? 0).toBe(0);
    expect(matchTrace(printTrace(t), `
      ...
      i3 = int_mul_ovf(i1, 3)
      guard_no_overflow(i3)
      i4 = int_add_ovf(i3, 1)
      guard_no_overflow(i4)
      i6 = int_sub(i0, 1)
      i7 = int_gt(i6, 0)
      guard_true(i7)
      jump(i6, i4, _)
    `)).toBeNull();
    expect(jit!.log.counts.get("guard failures")).toBeGreaterThanOrEqual(1);
  });

  it("a hot overflow guard grows a bridge that runs the big path", async () => {
    const { jit, result } = await withJit(1, { bridgeThreshold: 2 }, () => runD(MULADD, 300, 0));
    expect(result).toBe(expectedMulAdd(300, 0));
    const calls = jit!.bridges.map((b) => opCounts(b).call_r ?? 0);
    expect(calls.some((k) => k >= 1)).toBe(true);
  });
});
