import { beforeAll, describe, expect, it } from "vitest";
import * as gc from "../src/gc/index.js";
import { INT_OVF_LIMIT, intAddOvf, intMulOvf, intSubOvf, overflowed } from "../src/jit/hints.js";
import { WasmBackend } from "../src/backend-wasm/compile.js";
import { loadBinaryen } from "../src/backend-wasm/module.js";
import { parseTrace } from "../src/tracer/ir/text.js";
import { finishGuards } from "../src/tracer/resume.js";

// The backend against the interpreter's semantics, op by op, at the edges: one trace per op,
// `[i0, i1] i2 = OP(i0, i1); guard_no_overflow(i2); jump(i2)`, run on value pairs.

let be: WasmBackend;
let area = 0;

beforeAll(async () => {
  gc.initHeap();
  be = new WasmBackend(await loadBinaryen(), { memory: gc.memory, allocFixed: gc.allocFixed, allocVar: gc.allocVar, writeBarrierSlow: gc.writeBarrierSlow });
  const a = gc.allocVar(gc.F64_ARRAY, 16);
  gc.setRoot(gc.allocRootSlot(), a);
  area = a + gc.ARRAY_ITEMS;
});

/** Compile `text` (a straight-line trace ending in jump) -> (inputs) => [exit is the guard?, values]. */
function compile(text: string): (...inputs: number[]) => { guard: number; value: number } {
  const t = parseTrace(text);
  for (const o of t.ops) if (o.isGuard) o.resume = [];
  finishGuards(t);
  const guards = t.ops.filter((o) => o.isGuard).map((o) => (o.guardId = be.allocSlot()));
  const jumpSlot = be.allocSlot();
  const fn = be.compile({ trace: t, tickExit: -1, jumpSlot, isLoop: false });
  return (...inputs) => {
    inputs.forEach((v, k) => (gc.F64[(area >> 3) + 1 + k] = v));
    const exit = fn(area);
    return { guard: guards.indexOf(exit), value: gc.F64[(area >> 3) + 1] };
  };
}

const M = INT_OVF_LIMIT;
const P26 = 2 ** 26;

describe("backend: overflow-checked arithmetic agrees with the interpreter at the edges", () => {
  const table: [string, (a: number, b: number) => number, [number, number][]][] = [
    ["int_add_ovf", intAddOvf, [[M, 0], [M, 1], [-M, -1], [-M, 0], [M - 5, 5], [M - 5, 6], [2 ** 52, 2 ** 52], [-(2 ** 52), -(2 ** 52) + 1]]],
    ["int_sub_ovf", intSubOvf, [[-M, 1], [-M, 0], [0, M], [M, -1], [1, -M + 1], [-1, M]]],
    ["int_mul_ovf", intMulOvf, [[P26, 2 * P26], [P26, 2 * P26 - 1], [-3, 3002399751580331], [94906265, 94906265], [94906266, 94906266], [M, 1], [M, -1], [-M, -1], [2 ** 40, 2 ** 40], [-(2 ** 40), 2 ** 40], [0, -5], [M, 0], [2 ** 31, 2 ** 31]]],
  ];
  for (const [name, hint, pairs] of table) {
    it(name, () => {
      const run = compile(`[i0, i1]\ni2 = ${name}(i0, i1)\nguard_no_overflow(i2)\njump(i2)`);
      for (const [a, b] of pairs) {
        const r = hint(a, b);
        const got = run(a, b);
        expect(got.guard, `${name}(${a}, ${b})`).toBe(overflowed(r) ? 0 : -1);
        if (!overflowed(r)) expect(got.value, `${name}(${a}, ${b})`).toBe(r);
      }
    });
  }

  it("guard_overflow is the complement; int_overflowed on a plain value is the range test", () => {
    const run = compile(`[i0, i1]\ni2 = int_add_ovf(i0, i1)\nguard_overflow(i2)\njump(i0)`);
    expect(run(M, 1).guard).toBe(-1);
    expect(run(M, 0).guard).toBe(0);
    const flag = compile(`[i0]\ni1 = int_overflowed(i0)\njump(i1)`);
    for (const v of [0, M, -M, M + 1, -M - 1, 2 ** 60]) expect(flag(v).value, String(v)).toBe(overflowed(v) ? 1 : 0);
  });

  it("int_signext and cast_float_to_int", () => {
    const sx = compile(`[i0]\ni1 = int_signext(i0, 4)\njump(i1)`);
    for (const v of [0, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 2 ** 40 + 2 ** 31]) expect(sx(v).value, String(v)).toBe(v | 0);
    const sx1 = compile(`[i0]\ni1 = int_signext(i0, 1)\njump(i1)`);
    for (const v of [127, 128, 255, 256 + 3, -129]) expect(sx1(v).value, String(v)).toBe((v << 24) >> 24);
    const ftoi = compile(`[f0]\ni1 = cast_float_to_int(f0)\njump(i1)`);
    for (const v of [0, 1.9, -1.9, 2 ** 53 - 1, -(2 ** 52) - 0.5]) expect(ftoi(v).value, String(v)).toBe(Math.trunc(v));
  });
});
