import { describe, expect, it } from "vitest";
import { I32_ARRAY, allocVar, ARRAY_ITEMS, storeI32 } from "../src/gc/index.js";
import { portalRunner } from "../src/jit/hints.js";
import { printTrace } from "../src/tracer/ir/text.js";
import { OP_ADD, OP_JPOS, OP_RET, OP_SUBI, interpretA } from "./interp-a.js";
import { getArtifact, makeCode, withJit } from "./support.js";

// r0 = n, r1 = acc: loop { r1 = r1 + r0; r0 -= 1; if r0 > 0 goto loop }; return r1
const PROGRAM = [OP_ADD, 1, 1, 0, OP_SUBI, 0, 1, OP_JPOS, 0, 0, OP_RET, 1];

function runA(n: number): number {
  const code = makeCode(PROGRAM);
  const frame = allocVar(I32_ARRAY, 4);
  storeI32(frame, ARRAY_ITEMS, n);
  return portalRunner(interpretA)(0, code, frame);
}

const expected = (n: number): number => ((n * (n + 1)) / 2) | 0;

describe("interpreter (a): int loop", () => {
  it("codewriter translates it", () => {
    const art = getArtifact();
    const names = art.jitcodes.map((j) => j.name);
    expect(names).toContain("jit-tests/interp-a.ts#interpretA");
  });

  it("runs with the JIT off", async () => {
    const { result } = await withJit(null, {}, () => runA(100));
    expect(result).toBe(expected(100));
  });

  it("traces, compiles and gives the same result at threshold 1", async () => {
    const { result, jit } = await withJit(1, {}, () => runA(1000));
    expect(result).toBe(expected(1000));
    expect(jit!.loops.length).toBe(1);
    console.log(printTrace(jit!.loops[0].trace));
  });
});
