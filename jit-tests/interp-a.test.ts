import { describe, expect, it } from "vitest";
import { ARRAY_ITEMS, I32_ARRAY, allocVar, storeI32 } from "../src/gc/index.js";
import { portalRunner } from "../src/jit/hints.js";
import { printTrace } from "../src/tracer/ir/text.js";
import { OP_ADD, OP_JPOS, OP_RET, OP_SUBI, interpretA } from "./interp-a.js";
import { matchTrace } from "./matcher.js";
import { getArtifact, makeCode, opCounts, withJit } from "./support.js";

// r0 = n, r1 = acc: loop { r1 = r1 + r0; r0 -= 1; if r0 > 0 goto loop }; return r1
const PROGRAM = [OP_ADD, 1, 1, 0, OP_SUBI, 0, 1, OP_JPOS, 0, 0, OP_RET, 1];

export function runA(n: number): number {
  const code = makeCode(PROGRAM);
  const frame = allocVar(I32_ARRAY, 4);
  storeI32(frame, ARRAY_ITEMS, n);
  return portalRunner(interpretA)(0, code, frame);
}

const expected = (n: number): number => ((n * (n + 1)) / 2) | 0;

describe("interpreter (a): int loop", () => {
  it("codewriter translates it", () => {
    expect(getArtifact().jitcodes.map((j) => j.name)).toContain("jit-tests/interp-a.ts#interpretA");
  });

  it("same result with the JIT off, at threshold 1, at threshold 50, in GC torture mode", async () => {
    for (const n of [1, 2, 3, 100, 5000]) {
      const off = (await withJit(null, {}, () => runA(n))).result;
      expect(off).toBe(expected(n));
      expect((await withJit(1, {}, () => runA(n))).result).toBe(off);
      expect((await withJit(50, {}, () => runA(n))).result).toBe(off);
      expect((await withJit(1, { torture: true }, () => runA(n))).result).toBe(off);
    }
  });

  it("the loop has no bytecode fetch and no dispatch left, exactly one int_add", async () => {
    const { jit } = await withJit(1, {}, () => runA(1000));
    expect(jit!.loops.length).toBe(1);
    expect(jit!.log.counts.get("compile failures") ?? 0).toBe(0);
    expect(jit!.bridges.length).toBe(0);
    const c = opCounts(jit!.loops[0].trace);
    expect(c.int_add).toBe(1);
    expect(c.int_sub).toBe(1);
    expect(c.gc_load_u8 ?? 0).toBe(0);
    expect(c.call_pure_i ?? 0).toBe(0);
    expect(c.int_eq ?? 0).toBe(0);
    expect(c.guard_true).toBe(1);
    expect(c.guard_value ?? 0).toBe(0);
    const text = printTrace(jit!.loops[0].trace);
    // the frame is virtualizable: its registers are loop variables (preamble loads, label, jump)
    expect(matchTrace(text, `
      i1 = gc_load_i32(r0, 12)
      i2 = gc_load_i32(r0, 8)
      label(r0, i1, i2)
      i3 = int_add(i1, i2)
      i4 = int_signext(i3, 4)
      i5 = int_sub(i2, 1)
      i6 = int_signext(i5, 4)
      i7 = int_gt(i6, 0)
      guard_true(i7)
      jump(r0, i4, i6)
    `)).toBeNull();
  });

  it("virtualizable frame: no gc_load/gc_store of the registers inside the loop; guards write them back", async () => {
    const { jit } = await withJit(1, {}, () => runA(1000));
    const t = jit!.loops[0].trace;
    const label = t.ops.findIndex((o) => o.op.name === "label");
    expect(label).toBe(2);
    const body = opCounts({ ops: t.ops.slice(label + 1) });
    expect(Object.keys(body).filter((n) => n.startsWith("gc_"))).toEqual([]);
    const guard = t.ops.find((o) => o.isGuard)!;
    expect(guard.vable!.map((s) => [s.off, s.op])).toEqual([[12, "gc_store_i32"], [8, "gc_store_i32"]]);
    expect(t.ops[label].vable!.length).toBe(2); // the tick exit writes them back too
  });

  it("without the virtualizable declaration the loop keeps its heap accesses (and the same result)", async () => {
    const { jit } = await withJit(1, { opts: "rewrite:pure:heap:guards:dce" }, () => runA(1000));
    expect(jit!.loops[0].trace.ops.some((o) => o.op.name === "label")).toBe(false);
    expect(opCounts(jit!.loops[0].trace).gc_store_i32).toBe(2);
  });

  it("overflowing the i32 register wraps exactly as the interpreter does (also across tick exits)", async () => {
    for (const n of [70000, 140000]) {
      const off = (await withJit(null, {}, () => runA(n))).result;
      expect((await withJit(1, {}, () => runA(n))).result).toBe(off);
      expect((await withJit(1, { opts: "rewrite:pure:heap:guards:dce" }, () => runA(n))).result).toBe(off);
    }
  });

  it("a trace that is too long aborts, backs off exponentially, and never changes the result", async () => {
    const { result, jit, log } = await withJit(1, { traceLimit: 3 }, () => runA(3000));
    expect(result).toBe(expected(3000));
    expect(jit!.loops.length).toBe(0);
    const aborts = log.counts.get("aborts")!;
    expect(aborts).toBeGreaterThan(1);
    expect(aborts).toBeLessThanOrEqual(8); // thresholds 2, 4, 8, ... then the key is disabled
    expect(log.sections.some((s) => s.name === "jit-abort-log" && /trace too long/.test(s.body))).toBe(true);
  });
});

// nested loops: the inner loop's exit guard fails once per outer iteration and grows a bridge
// off a loop whose frame is virtualized: the bridge first writes the registers back
const NESTED = [OP_ADD, 0, 3, 4, OP_ADD, 1, 1, 0, OP_SUBI, 0, 1, OP_JPOS, 0, 4, OP_SUBI, 2, 1, OP_JPOS, 2, 0, OP_RET, 1];

function runNested(outer: number, inner: number): number {
  const code = makeCode(NESTED);
  const frame = allocVar(I32_ARRAY, 5);
  storeI32(frame, ARRAY_ITEMS + 8, outer);
  storeI32(frame, ARRAY_ITEMS + 12, inner);
  return portalRunner(interpretA)(0, code, frame);
}

describe("interpreter (a): virtualizable frame with bridges", () => {
  it("nested loops: same result in every mode; the bridge starts by writing the virtualized registers back", async () => {
    for (const [outer, inner] of [[3, 5], [40, 30], [200, 7]]) {
      const want = (outer * ((inner * (inner + 1)) / 2)) | 0;
      expect((await withJit(null, {}, () => runNested(outer, inner))).result).toBe(want);
      expect((await withJit(1, { bridgeThreshold: 1e9 }, () => runNested(outer, inner))).result).toBe(want);
      expect((await withJit(1, { bridgeThreshold: 2 }, () => runNested(outer, inner))).result).toBe(want);
      expect((await withJit(3, { bridgeThreshold: 2, torture: true }, () => runNested(outer, inner))).result).toBe(want);
    }
    const { jit } = await withJit(1, { bridgeThreshold: 2 }, () => runNested(40, 30));
    const inner = jit!.loops.find((l) => l.trace.ops.some((o) => o.op.name === "label"))!;
    expect(inner, "a virtualized loop").toBeDefined();
    expect(jit!.bridges.length).toBeGreaterThanOrEqual(1);
    const b = jit!.bridges[0];
    const prologue = b.ops.slice(0, b.ops.findIndex((o) => o.op.name === "debug_merge_point"));
    expect(opCounts({ ops: prologue }).gc_store_i32).toBe(2);
    // the outer loop's trace reached the inner loop's header: an entry trace jumping into it, not an unrolled inner loop
    expect(jit!.loops.length).toBe(2);
    const entry = jit!.loops.find((l) => l !== inner)!;
    expect(opCounts(entry.trace).int_gt ?? 0).toBe(0);
    expect(jit!.log.sections.some((s) => s.name.startsWith("jit-log-opt") && /entry to Loop 0/.test(s.body))).toBe(true);
  });
});
