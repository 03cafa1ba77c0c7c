/*
 * floatfmt.ts — fixed, exponent and general notation of floats, exactly as CPython rounds.
 *
 * JavaScript's toFixed/toExponential round ties away from zero and stop at 100 digits;
 * CPython rounds the exact binary value half-to-even with any precision. A finite double is
 * m·2^e with integer m, so its exact decimal expansion is finite: m·5^-e digits with the point
 * moved e places (e < 0), or m·2^e (e ≥ 0). Rounding that digit string is then exact, and a
 * tie is exactly a 5 followed by nothing but zeros. The shortest repr is the frontend's
 * reprFloat.
 */

const view = new DataView(new ArrayBuffer(8));

/** |x| = 0.DIGITS × 10^exp exactly (DIGITS without leading or trailing zeros); x finite, x ≠ 0. */
export function exactDigits(x: number): { digits: string; exp: number } {
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (biased === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = biased - 1075;
  }
  let digits: string;
  let exp: number;
  if (e2 >= 0) {
    digits = (mant << BigInt(e2)).toString();
    exp = digits.length;
  } else {
    digits = (mant * 5n ** BigInt(-e2)).toString();
    exp = digits.length + e2;
  }
  return { digits: digits.replace(/0+$/, ""), exp };
}

/**
 * round(0.DIGITS × 10^keep) half-to-even, as a bigint: the value kept to `keep` digits
 * counted from the first digit (keep ≤ 0 keeps none: the result is 0 or, past the half, 1).
 */
function roundKeep(digits: string, keep: number): bigint {
  if (keep < 0) return 0n;
  if (keep >= digits.length) return BigInt(digits.padEnd(keep, "0") || "0");
  const head = digits.slice(0, keep);
  const first = digits.charCodeAt(keep) - 48;
  const restNonZero = /[1-9]/.test(digits.slice(keep + 1));
  const headOdd = head.length > 0 && (head.charCodeAt(head.length - 1) - 48) % 2 === 1;
  const up = first > 5 || (first === 5 && (restNonZero || headOdd));
  return BigInt(head || "0") + (up ? 1n : 0n);
}

/** |x| with p digits after the point ('f'). */
export function fixedDigits(x: number, p: number): string {
  let n = 0n;
  if (x !== 0) {
    const { digits, exp } = exactDigits(x);
    n = roundKeep(digits, exp + p);
  }
  const s = n.toString().padStart(p + 1, "0");
  return p === 0 ? s : `${s.slice(0, s.length - p)}.${s.slice(s.length - p)}`;
}

/** |x| rounded to n significant digits: the digit string (length n) and the decimal exponent of its first digit. */
function significant(x: number, n: number): { digits: string; exp10: number } {
  if (x === 0) return { digits: "0".repeat(n), exp10: 0 };
  const { digits, exp } = exactDigits(x);
  let r = roundKeep(digits, n).toString();
  let e = exp - 1;
  if (r.length > n) {
    r = r.slice(0, n); // carried into a new digit: 99.9 -> 100
    e += 1;
  }
  return { digits: r, exp10: e };
}

function expSuffix(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? "e-" : "e+") + (a < 10 ? "0" + a : String(a));
}

/** |x| in exponent notation with p digits after the point ('e'). */
export function exponentDigits(x: number, p: number, alt = false): string {
  const { digits, exp10 } = significant(x, p + 1);
  const mant = p === 0 ? digits + (alt ? "." : "") : `${digits[0]}.${digits.slice(1)}`;
  return mant + expSuffix(exp10);
}

/**
 * |x| in general notation ('g' with precision p; `repr` style for the '' type with a
 * precision: then fixed notation keeps at least one digit after the point).
 */
export function generalDigits(x: number, p: number, alt: boolean, emptyType = false): string {
  const P = p === 0 ? 1 : p;
  const { digits, exp10 } = significant(x, P);
  let out: string;
  // the '' type (emptyType) switches to exponent notation one digit earlier (CPython's ADD_DOT_0 rule)
  if (exp10 >= -4 && exp10 < (emptyType ? P - 1 : P)) {
    // fixed with P - 1 - exp10 decimals
    const decimals = P - 1 - exp10;
    if (exp10 >= 0) out = decimals > 0 ? `${digits.slice(0, exp10 + 1)}.${digits.slice(exp10 + 1)}` : digits;
    else out = `0.${"0".repeat(-exp10 - 1)}${digits}`;
    if (!alt && out.includes(".")) out = out.replace(/0+$/, "").replace(/\.$/, "");
    if (emptyType && !out.includes(".")) out += ".0";
    else if (alt && !out.includes(".")) out += ".";
  } else {
    let mant = P === 1 ? digits : `${digits[0]}.${digits.slice(1)}`;
    if (!alt && mant.includes(".")) mant = mant.replace(/0+$/, "").replace(/\.$/, "");
    if (alt && !mant.includes(".")) mant += ".";
    out = mant + expSuffix(exp10);
  }
  return out;
}

/**
 * %e / %f / %g / %% of a float as printf-style and format() write them (no sign: the
 * callers add it). Upper-case types give INF / NAN / E.
 */
export function formatFloatFixed(x: number, type: string, precision: number, alt = false): string {
  if (type === "%") x *= 100; // in binary, as CPython does (a huge x becomes inf%)
  const upper = type === "E" || type === "F" || type === "G";
  if (!Number.isFinite(x)) return (Number.isNaN(x) ? (upper ? "NAN" : "nan") : upper ? "INF" : "inf") + (type === "%" ? "%" : "");
  const p = precision < 0 ? 6 : precision;
  let out: string;
  switch (type) {
    case "f":
    case "F":
      out = fixedDigits(x, p);
      if (alt && p === 0) out += ".";
      return out;
    case "%":
      out = fixedDigits(x, p);
      if (alt && p === 0) out += ".";
      return out + "%";
    case "e":
    case "E":
      out = exponentDigits(x, p, alt);
      return upper ? out.toUpperCase() : out;
    case "g":
    case "G":
    case "n":
      out = generalDigits(x, p, alt);
      return upper ? out.toUpperCase() : out;
  }
  return generalDigits(x, p, alt, true);
}
