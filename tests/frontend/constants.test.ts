// reprConstant against CPython's repr(), value for value: python3 prints the expectations.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  CodePointStr,
  isStrConstant,
  PyComplex,
  reprBytes,
  reprComplex,
  reprConstant,
  reprFloat,
  reprStr,
  strCodePoints,
  strConcat,
  strEquals,
  strFromCodePoints,
  strFromUnits,
  strLength,
} from "../../src/frontend/constants.js";

function cpythonReprs(expr: string, inputs: string[]): string[] {
  const script = `import sys, json, struct\nvals = json.load(sys.stdin)\nprint(json.dumps([${expr} for v in vals]))`;
  return JSON.parse(execFileSync("python3", ["-c", script], { input: JSON.stringify(inputs) }).toString());
}

/** Deterministic pseudo-random doubles drawn from all exponent ranges (a fixed LCG seed). */
function sampleDoubles(n: number): number[] {
  const view = new DataView(new ArrayBuffer(8));
  let seed = 0x2545f491;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  const out: number[] = [0, -0, 1, -1, 0.1, 1e16, 1e15, 123456789012345680, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308, 0.5, 100, 1e22, 2 ** 53, 3.14159, Infinity, -Infinity, NaN];
  while (out.length < n) {
    view.setUint32(0, next());
    view.setUint32(4, next());
    const x = view.getFloat64(0);
    out.push(out.length % 3 === 0 ? Math.round(x % 1e6) / 1000 : x);
  }
  return out;
}

describe("reprFloat", () => {
  it("matches CPython's repr for a few thousand doubles", () => {
    const xs = sampleDoubles(3000);
    // Ship the exact bits to Python so both sides format the same double.
    const bits = xs.map((x) => {
      const v = new DataView(new ArrayBuffer(8));
      v.setFloat64(0, x);
      return v.getBigUint64(0).toString(16).padStart(16, "0");
    });
    const expected = cpythonReprs("repr(struct.unpack('>d', bytes.fromhex(v))[0])", bits);
    const ours = xs.map(reprFloat);
    expect(ours).toEqual(expected);
  });
});

describe("reprComplex", () => {
  it("prints pure imaginary and general complex numbers like CPython", () => {
    const cases: [number, number][] = [[0, 1], [0, 1.5], [0, 1e16], [0, 0], [0, -2], [1, 2], [-1, -0.5], [-0, 1], [0, Infinity], [1e20, 1e-7]];
    const asText = (x: number) => (Object.is(x, -0) ? "-0.0" : String(x)); // float() reads "Infinity"
    const expected = cpythonReprs("repr(complex(float(v[0]), float(v[1])))", cases.map(([r, i]) => [asText(r), asText(i)]) as unknown as string[]);
    expect(cases.map(([r, i]) => reprComplex(new PyComplex(r, i)))).toEqual(expected);
  });
});

describe("reprStr and reprBytes", () => {
  const strings = ["", "abc", "it's", 'say "hi"', `both ' and "`, "tab\tnl\nret\r", "\x00\x7f\x80\xa0\xad", "é ü ß", "\u2028\u200b\ufeff", "😀\u{e0001}", "\u0cf3 \u{1e030} \u{31350}", "\\back\\slash", "\ud800 lone"];
  it("str", () => {
    // Lone surrogates can't travel through JSON to Python, so that case is checked by hand.
    const expected = cpythonReprs("repr(v)", strings.slice(0, -1));
    expect(strings.slice(0, -1).map(reprStr)).toEqual(expected);
    expect(reprStr("\ud800 lone")).toBe("'\\ud800 lone'");
  });
  it("bytes", () => {
    const expected = cpythonReprs("repr(v.encode('latin-1'))", strings.slice(0, 7));
    const ours = strings.slice(0, 7).map((s) => reprBytes(Uint8Array.from([...s].map((c) => c.charCodeAt(0)))));
    expect(ours).toEqual(expected);
  });
});

describe("str constants with surrogates", () => {
  // Code point lists, sent to Python as numbers (lone surrogates can't travel as JSON strings).
  const cases: number[][] = [
    [0xd834, 0xdd1e],
    [0xd834, 0xdd1e, 0xd834, 0xdd1e],
    [0x61, 0xd834, 0xdd1e, 0x7a, 0x1d11e, 0xd834],
    [0x27, 0xdbff, 0xdfff],
    [0x27, 0x22, 0xd800, 0xdc00, 0x5c, 0x0a],
    [0xd834, 0xdd1e, 0xe9, 0x1f600, 0xad],
  ];
  const cpythonCodePointReprs = (lists: number[][]): string[] => {
    const script = "import sys, json\nvals = json.load(sys.stdin)\nprint(json.dumps([repr(''.join(map(chr, v))) for v in vals], ensure_ascii=True))";
    return JSON.parse(execFileSync("python3", ["-c", script], { input: JSON.stringify(lists) }).toString());
  };

  it("repr of a CodePointStr matches CPython", () => {
    const values = cases.map(strFromCodePoints);
    for (const v of values) expect(v).toBeInstanceOf(CodePointStr);
    const expected = cpythonCodePointReprs(cases);
    expect(values.map((v) => reprConstant(v))).toEqual(expected);
    expect(values.map((v) => reprStr(v))).toEqual(expected);
    expect(reprStr(new CodePointStr([0xd834, 0xdd1e]))).toBe("'\\ud834\\udd1e'");
  });

  it("strFromCodePoints keeps the JS string form unless a high surrogate meets a low one", () => {
    expect(strFromCodePoints([])).toBe("");
    expect(strFromCodePoints([0x1d11e])).toBe("\u{1d11e}");
    expect(strFromCodePoints([0xdc00, 0xd800])).toBe("\udc00\ud800");
    expect(strFromCodePoints([0xd834, 0x1d11e, 0xdd1e])).toBe("\ud834\u{1d11e}\udd1e");
    expect(strFromCodePoints([0xd7ff, 0xe000])).toBe("\ud7ff\ue000");
    expect(strFromCodePoints([0xdbff, 0xdfff])).toEqual(new CodePointStr([0xdbff, 0xdfff]));
    // Big inputs (String.fromCodePoint takes them in chunks).
    const big = Array.from({ length: 20000 }, (_, i) => 0x41 + (i % 26));
    expect(strFromCodePoints(big)).toBe(String.fromCharCode(...big.slice(0, 10000)) + String.fromCharCode(...big.slice(10000)));
  });

  it("strCodePoints and strLength give the Python view", () => {
    expect(strCodePoints("a\u{1d11e}\ud800")).toEqual([0x61, 0x1d11e, 0xd800]);
    expect(strCodePoints(new CodePointStr([0xd834, 0xdd1e]))).toEqual([0xd834, 0xdd1e]);
    expect(strLength("a\u{1d11e}\ud800")).toBe(3);
    expect(strLength("\udc00\ud800")).toBe(2);
    expect(strLength(new CodePointStr([0xd834, 0xdd1e]))).toBe(2);
    for (const cps of cases) expect(strCodePoints(strFromCodePoints(cps))).toEqual(cps);
  });

  it("strConcat switches form only when the join pairs surrogates", () => {
    expect(strConcat("ab", "cd")).toBe("abcd");
    expect(strConcat("\ud834", "x\udd1e")).toBe("\ud834x\udd1e");
    expect(strConcat("\udd1e", "\ud834")).toBe("\udd1e\ud834");
    expect(strConcat("", "\udd1e")).toBe("\udd1e");
    expect(strConcat("a\ud834", "\udd1e")).toEqual(new CodePointStr([0x61, 0xd834, 0xdd1e]));
    expect(strConcat(new CodePointStr([0xd834, 0xdd1e]), "!")).toEqual(new CodePointStr([0xd834, 0xdd1e, 0x21]));
    expect(strConcat("\u{1d11e}", "\udd1e")).toBe("\u{1d11e}\udd1e");
  });

  it("strFromUnits splits the surrogates at the breaks only", () => {
    expect(strFromUnits("\ud834\udd1e", [])).toBe("\u{1d11e}");
    expect(strFromUnits("\ud834\udd1e", [1])).toEqual(new CodePointStr([0xd834, 0xdd1e]));
    expect(strFromUnits("\ud834\udd1e\ud834\udd1e", [3])).toEqual(new CodePointStr([0x1d11e, 0xd834, 0xdd1e]));
  });

  it("isStrConstant and strEquals", () => {
    expect(isStrConstant("x")).toBe(true);
    expect(isStrConstant(new CodePointStr([0xd834, 0xdd1e]))).toBe(true);
    expect(isStrConstant(new Uint8Array([1]))).toBe(false);
    expect(isStrConstant(null)).toBe(false);
    expect(strEquals(new CodePointStr([0xd834, 0xdd1e]), new CodePointStr([0xd834, 0xdd1e]))).toBe(true);
    expect(strEquals(new CodePointStr([0xd834, 0xdd1e]), "\u{1d11e}")).toBe(false);
    expect(strEquals("a", "a")).toBe(true);
  });
});
