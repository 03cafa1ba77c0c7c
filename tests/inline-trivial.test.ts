// The build pass that inlines trivial calls (scripts/lib/inline-trivial.mjs): what it replaces,
// what it must leave alone, and that the result computes the same.

import { describe, expect, it } from "vitest";
import { inlineTrivialCalls } from "../scripts/lib/inline-trivial.mjs";

const HEAP = `
var I32 = new Int32Array(64);
function loadRef(obj, offset) { return I32[obj + offset >> 2]; }
function storeRef(obj, offset, value) { I32[obj + offset >> 2] = value, (I32[obj >> 2] & 2) !== 0 && barrier(obj, offset, value); }
var barrierCalls = 0;
function barrier(obj, offset, value) { barrierCalls++; }
`;

/** Runs a script's `result` expression before and after the pass; both must agree. */
function sameResult(body: string): { before: unknown; after: unknown; code: string } {
  const src = HEAP + body;
  const { code } = inlineTrivialCalls(src);
  const run = (s: string) => new Function(`${s}\nreturn result;`)();
  return { before: run(src), after: run(code), code };
}

describe("inlineTrivialCalls", () => {
  it("replaces an accessor call by its body", () => {
    const { code, replaced } = inlineTrivialCalls(HEAP + "var result = loadRef(8, 4);");
    expect(replaced).toBe(1);
    expect(code).toContain("var result = (I32[(8) + (4) >> 2]);");
  });

  it("flattens accessors nested in accessors, over several passes", () => {
    const r = sameResult("I32[3] = 20; I32[5] = 7; var result = loadRef(loadRef(8, 4), 0);");
    expect(r.code).not.toMatch(/result = .*loadRef\(/);
    expect(r.after).toBe(7);
    expect(r.after).toBe(r.before);
  });

  it("inlines a statement body only where the value is unused", () => {
    const { code } = inlineTrivialCalls(HEAP + "storeRef(0, 8, 5); var result = storeRef(0, 12, 6);");
    expect(code).not.toContain("storeRef(0, 8, 5)");
    expect(code).toContain("var result = storeRef(0, 12, 6)");
  });

  it("keeps the barrier's slow path and its condition", () => {
    const r = sameResult("I32[0] = 2; storeRef(0, 8, 5); var result = [I32[2], barrierCalls];");
    expect(r.code).not.toMatch(/\nstoreRef\(/);
    expect(r.after).toEqual([5, 1]);
    expect(r.after).toEqual(r.before);
  });

  it("leaves calls whose arguments have effects", () => {
    const { code } = inlineTrivialCalls(HEAP + "var n = 0; function next() { return n += 4; } var result = loadRef(next(), 0) + loadRef(n++, 0);");
    expect(code).toContain("loadRef(next(), 0)");
    expect(code).toContain("loadRef(n++, 0)");
  });

  it("does not copy a large argument the body uses twice", () => {
    const { code } = inlineTrivialCalls(HEAP + "var a = 1, b = 2, c = 3; storeRef(a * b + c * a - b * c + a * a - b, 4, 1);");
    expect(code).toContain("storeRef(a * b + c * a - b * c + a * a - b, 4, 1)");
  });

  it("leaves a function whose free name some other scope declares (it could be shadowed)", () => {
    const { code } = inlineTrivialCalls(HEAP + "function other() { var I32 = null; return I32; } var result = loadRef(0, 4);");
    expect(code).toContain("loadRef(0, 4)");
  });

  it("leaves a function that is reassigned", () => {
    const { code } = inlineTrivialCalls("var f = function (x) { return x + 1; }; f = function (x) { return x; }; var result = f(1);");
    expect(code).toContain("result = f(1)");
  });

  it("leaves bodies that allocate or have several statements", () => {
    const src = "function pair(a, b) { return [a, b]; } function two(a) { a = a + 1; return a; } var result = [pair(1, 2), two(1)];";
    expect(inlineTrivialCalls(src).replaced).toBe(0);
  });

  it("parses ES modules when asked", () => {
    const { code } = inlineTrivialCalls(HEAP + "export const result = loadRef(8, 4);", "module");
    expect(code).toContain("export const result = (I32[(8) + (4) >> 2]);");
  });
});
