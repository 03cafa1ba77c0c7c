// Compile-time constant values and their Python `repr`.
//
// The parser produces these for `Constant` nodes and the compiler stores them in a code
// object's constant pool, before any heap exists (src/frontend knows nothing of the heap):
//
//   None -> null        bool -> boolean      int -> bigint (exact, any size)
//   float -> number     str -> string (or, rarely, CodePointStr)     bytes -> Uint8Array
//   complex -> PyComplex                     ... -> ELLIPSIS
//   tuple / frozenset -> ConstTuple / ConstFrozenset (built by the compiler's constant folding)
//
// A str is a sequence of code points and may hold lone surrogates (U+D800..U+DFFF, only ever
// written as escapes). A JS string holds each of them as one code unit, which is exact except
// when a lone high surrogate is directly followed by a lone low one ('\ud834\udd1e' is two
// code points in Python): as UTF-16 the two would read as the one character U+1D11E. Only such
// a str is a CodePointStr; every other str is a JS string. Each str has exactly one form, so two
// str constants are equal iff both are JS strings and ===, or both are CodePointStr with equal
// code points. Ask isStrConstant / strCodePoints rather than `typeof v === "string"` when the
// question is "is this a str".
//
// `reprConstant` prints exactly what CPython 3.11's repr() prints, because `--ast` output is
// compared byte for byte with `ast.dump`; which characters it escapes follows CPython's Unicode
// version (unicode-printable.ts), not the newer one in Node's ICU.

import { NON_PRINTABLE_RANGES } from "./unicode-printable.js";

export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export class ConstTuple {
  constructor(readonly items: readonly ConstantValue[]) {}
}

export class ConstFrozenset {
  constructor(readonly items: readonly ConstantValue[]) {}
}

/**
 * A str that a JS string cannot hold: one with a lone high surrogate directly followed by a
 * lone low surrogate. Never built for any other str (use strFromCodePoints / strConcat).
 */
export class CodePointStr {
  constructor(readonly codePoints: readonly number[]) {}
}

/** A Python str constant in either of its forms. */
export type StrConstant = string | CodePointStr;

export function isStrConstant(v: unknown): v is StrConstant {
  return typeof v === "string" || v instanceof CodePointStr;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** The Python-level code points of a str constant (a fresh array). */
export function strCodePoints(v: StrConstant): number[] {
  if (typeof v !== "string") return v.codePoints.slice();
  const out: number[] = [];
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (isHigh(c) && i + 1 < v.length && isLow(v.charCodeAt(i + 1))) {
      out.push(0x10000 + ((c - 0xd800) << 10) + (v.charCodeAt(++i) - 0xdc00));
    } else {
      out.push(c);
    }
  }
  return out;
}

/** len() of a str constant. */
export function strLength(v: StrConstant): number {
  if (typeof v !== "string") return v.codePoints.length;
  let n = v.length;
  for (let i = 1; i < v.length; i++) if (isLow(v.charCodeAt(i)) && isHigh(v.charCodeAt(i - 1))) n--;
  return n;
}

/** The str with these code points, in its one canonical form. */
export function strFromCodePoints(cps: readonly number[]): StrConstant {
  for (let i = 0; i + 1 < cps.length; i++) {
    if (isHigh(cps[i]!) && isLow(cps[i + 1]!)) return new CodePointStr(cps.slice());
  }
  let s = "";
  for (let i = 0; i < cps.length; i += 4096) s += String.fromCodePoint(...cps.slice(i, i + 4096));
  return s;
}

/**
 * The str whose code points are the UTF-16 code units of `units` read as usual, except that
 * the surrogates meeting at each index in `breaks` (ascending; a high surrogate at index-1 and
 * a low one at index) stay two code points. For decoders that append escapes to a JS string.
 */
export function strFromUnits(units: string, breaks: readonly number[]): StrConstant {
  if (breaks.length === 0) return units;
  const cps: number[] = [];
  let b = 0;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    while (b < breaks.length && breaks[b]! <= i) b++;
    if (isHigh(c) && i + 1 < units.length && isLow(units.charCodeAt(i + 1)) && breaks[b] !== i + 1) {
      cps.push(0x10000 + ((c - 0xd800) << 10) + (units.charCodeAt(++i) - 0xdc00));
    } else {
      cps.push(c);
    }
  }
  return strFromCodePoints(cps);
}

/** a + b for str constants; a JS string stays one unless the join pairs up two surrogates. */
export function strConcat(a: StrConstant, b: StrConstant): StrConstant {
  if (typeof a === "string" && typeof b === "string") {
    // A JS string's last unit can be a high surrogate, or its first a low one, only when lone.
    if (a.length === 0 || b.length === 0 || !isHigh(a.charCodeAt(a.length - 1)) || !isLow(b.charCodeAt(0))) return a + b;
  }
  return strFromCodePoints(strCodePoints(a).concat(strCodePoints(b)));
}

/** Python == on two str constants. */
export function strEquals(a: StrConstant, b: StrConstant): boolean {
  if (typeof a === "string" || typeof b === "string") return a === b;
  const x = a.codePoints;
  const y = b.codePoints;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** The `...` singleton. */
export const ELLIPSIS: unique symbol = Symbol("Ellipsis");
export type EllipsisValue = typeof ELLIPSIS;

export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | CodePointStr
  | Uint8Array
  | PyComplex
  | EllipsisValue
  | ConstTuple
  | ConstFrozenset;

/** Python's repr() of a constant. */
export function reprConstant(v: ConstantValue): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "boolean":
      return v ? "True" : "False";
    case "bigint":
      return v.toString();
    case "number":
      return reprFloat(v);
    case "string":
      return reprStr(v);
    case "symbol":
      return "Ellipsis";
  }
  if (v instanceof CodePointStr) return reprStr(v);
  if (v instanceof Uint8Array) return reprBytes(v);
  if (v instanceof PyComplex) return reprComplex(v);
  if (v instanceof ConstTuple) {
    if (v.items.length === 1) return `(${reprConstant(v.items[0]!)},)`;
    return `(${v.items.map(reprConstant).join(", ")})`;
  }
  if (v.items.length === 0) return "frozenset()";
  return `frozenset({${v.items.map(reprConstant).join(", ")}})`;
}

/**
 * Shortest round-tripping digits of a finite float, as `[digits, decpt]` where the value is
 * 0.d1d2d3... * 10**decpt (the form CPython's float formatting works with).
 */
function shortestDigits(x: number): [string, number] {
  const e = Math.abs(x).toExponential(); // shortest round-trip digits, "d.ddde+n"
  const at = e.indexOf("e");
  const digits = e.slice(0, at).replace(".", "");
  return [digits, Number(e.slice(at + 1)) + 1];
}

/** Formats a float like CPython's repr, or like complex's parts when `addDotZero` is false. */
function formatFloatRepr(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  const sign = x < 0 || Object.is(x, -0) ? "-" : "";
  if (x === 0) return sign + (addDotZero ? "0.0" : "0");
  const [digits, decpt] = shortestDigits(x);
  let body: string;
  if (decpt <= -4 || decpt > 16) {
    // Scientific: d[.ddd]e[+-]XX with at least two exponent digits.
    const exp = decpt - 1;
    const mant = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const absExp = Math.abs(exp);
    body = `${mant}e${exp < 0 ? "-" : "+"}${absExp < 10 ? "0" : ""}${absExp}`;
  } else if (decpt <= 0) {
    body = `0.${"0".repeat(-decpt)}${digits}`;
  } else if (decpt >= digits.length) {
    body = digits + "0".repeat(decpt - digits.length) + (addDotZero ? ".0" : "");
  } else {
    body = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  }
  return sign + body;
}

export function reprFloat(x: number): string {
  return formatFloatRepr(x, true);
}

export function reprComplex(c: PyComplex): string {
  const imag = formatFloatRepr(c.imag, false);
  if (c.real === 0 && !Object.is(c.real, -0)) return `${imag}j`;
  const real = formatFloatRepr(c.real, false);
  const imagSigned = imag.startsWith("-") ? imag : `+${imag}`;
  return `(${real}${imagSigned}j)`;
}

/** str.isprintable() for a code point above U+007F, by CPython's own Unicode version. */
function isPrintableNonAscii(cp: number): boolean {
  // Binary search for the last range start <= cp; the pairs are [start, end).
  let lo = 0;
  let hi = NON_PRINTABLE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (NON_PRINTABLE_RANGES[2 * mid]! <= cp) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi < 0 || cp >= NON_PRINTABLE_RANGES[2 * hi + 1]!;
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, "0");
}

export function reprStr(s: StrConstant): string {
  if (typeof s !== "string") return reprCodePoints(s.codePoints);
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) out += reprChar(ch.codePointAt(0)!, ch, quote);
  return out + quote;
}

function reprCodePoints(cps: readonly number[]): string {
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? '"' : "'";
  let out = quote;
  for (const cp of cps) out += reprChar(cp, String.fromCodePoint(cp), quote);
  return out + quote;
}

/** One character of a str repr: `ch` is code point `cp`. */
function reprChar(cp: number, ch: string, quote: string): string {
  if (ch === quote || ch === "\\") return "\\" + ch;
  if (ch === "\t") return "\\t";
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  if (cp < 0x20 || cp === 0x7f) return "\\x" + hex(cp, 2);
  if (cp < 0x7f) return ch;
  if (!isPrintableNonAscii(cp)) {
    if (cp <= 0xff) return "\\x" + hex(cp, 2);
    if (cp <= 0xffff) return "\\u" + hex(cp, 4);
    return "\\U" + hex(cp, 8);
  }
  return ch;
}

export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}
