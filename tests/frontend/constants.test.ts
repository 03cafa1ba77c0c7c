// reprConstant against CPython's repr(), value for value: python3 prints the expectations.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { PyComplex, reprBytes, reprComplex, reprFloat, reprStr } from "../../src/frontend/constants.js";

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
