// The build pass that gives chosen functions local copies of the heap views
// (scripts/lib/local-views.mjs).

import { describe, expect, it } from "vitest";
import { localizeViews } from "../scripts/lib/local-views.mjs";

const VIEWS = "var I32 = new Int32Array(8), F64 = new Float64Array(4), U8 = new Uint8Array(32);\n";

describe("localizeViews", () => {
  it("reads the views from locals in the named function only", () => {
    const src = VIEWS + "function hot(a) { return I32[a] + F64.length + U8[0]; }\nfunction cold(a) { return I32[a]; }\nvar result = hot(1) + cold(1);";
    const out = localizeViews(src, ["hot"]);
    expect(out).toContain("function hot(a) { const I32$local = I32, F64$local = F64, U8$local = U8; return I32$local[a] + F64$local.length + U8$local[0]; }");
    expect(out).toContain("function cold(a) { return I32[a]; }");
    expect(new Function(`${out}\nreturn result;`)()).toBe(new Function(`${src}\nreturn result;`)());
  });

  it("leaves property names alone", () => {
    const out = localizeViews(VIEWS + "function hot(o) { return o.I32 + ({ U8: 1 }).U8; }", ["hot"]);
    expect(out).toContain("return o.I32 + ({ U8: 1 }).U8;");
  });

  it("fails loudly on a missing function, a function declaring a view's name, or a missing view", () => {
    expect(() => localizeViews(VIEWS + "function hot() {}", ["other"])).toThrow(/no top-level function other/);
    expect(() => localizeViews(VIEWS + "function hot() { let I32 = 1; return I32; }", ["hot"])).toThrow(/uses the name I32/);
    expect(() => localizeViews("var I32 = 1;\nfunction hot() {}", ["hot"])).toThrow(/F64 is not one top-level binding/);
  });
});
