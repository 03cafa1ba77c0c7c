// Compile-time constant values and their Python `repr`.
//
// The parser produces these for `Constant` nodes and the compiler stores them in a code
// object's constant pool, before any heap exists (src/frontend knows nothing of the heap):
//
//   None -> null        bool -> boolean      int -> bigint (exact, any size)
//   float -> number     str -> string        bytes -> Uint8Array
//   complex -> PyComplex                     ... -> ELLIPSIS
//   tuple / frozenset -> ConstTuple / ConstFrozenset (built by the compiler's constant folding)
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

/** The `...` singleton. */
export const ELLIPSIS: unique symbol = Symbol("Ellipsis");
export type EllipsisValue = typeof ELLIPSIS;

export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
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

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex(cp, 2);
    else if (cp < 0x7f) out += ch;
    else if (!isPrintableNonAscii(cp)) {
      if (cp <= 0xff) out += "\\x" + hex(cp, 2);
      else if (cp <= 0xffff) out += "\\u" + hex(cp, 4);
      else out += "\\U" + hex(cp, 8);
    } else out += ch;
  }
  return out + quote;
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
