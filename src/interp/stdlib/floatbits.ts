/*
 * floatbits.ts — IEEE-754 double helpers the math module needs exactly: sign bit, frexp,
 * ldexp with a single rounding, nextafter, and the correctly rounded value of m·2^e for an
 * exact BigInt m (fsum and the high-precision functions end there).
 */

const BUF = new DataView(new ArrayBuffer(8));

export function signBit(x: number): boolean {
  BUF.setFloat64(0, x);
  return (BUF.getUint8(0) & 0x80) !== 0;
}

export function copySign(x: number, y: number): number {
  const neg = signBit(y);
  BUF.setFloat64(0, x);
  const hi = BUF.getUint8(0);
  BUF.setUint8(0, neg ? hi | 0x80 : hi & 0x7f);
  return BUF.getFloat64(0);
}

/** x = m · 2^e with 0.5 <= |m| < 1 (C's frexp); zero, inf and nan give (x, 0). */
export function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  BUF.setFloat64(0, x);
  let bits = BUF.getUint16(0);
  let exp = (bits >> 4) & 0x7ff;
  let extra = 0;
  if (exp === 0) {
    // subnormal: scale into the normal range first (exact)
    BUF.setFloat64(0, x * 2 ** 64);
    bits = BUF.getUint16(0);
    exp = (bits >> 4) & 0x7ff;
    extra = -64;
  }
  BUF.setUint16(0, (bits & 0x800f) | (1022 << 4));
  return [BUF.getFloat64(0), exp - 1022 + extra];
}

/** x · 2^e, rounded once (C's ldexp). */
export function ldexp(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, me] = frexp(x);
  const total = me + e; // result = m · 2^total, 0.5 <= |m| < 1
  if (total > 1024) return m > 0 ? Infinity : -Infinity;
  if (total >= -1021) return total > 1000 ? m * 2 ** (total - 1) * 2 : m * 2 ** total; // exact: stays normal
  if (total < -1080) return m > 0 ? 0 : -0;
  // subnormal result: m · 2^(total+1074) is exact and normal, one rounding by the last factor
  return m * 2 ** (total + 1074) * 2 ** -1074;
}

export function nextAfter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  BUF.setFloat64(0, x);
  let b = BUF.getBigUint64(0);
  if (y > x === x > 0) b += 1n;
  else b -= 1n;
  BUF.setBigUint64(0, b);
  return BUF.getFloat64(0);
}

export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  return n === 0n ? 0 : n.toString(2).length;
}

/** The double nearest to n · 2^e (ties to even), for an exact integer n. */
export function roundScaled(n: bigint, e: number): number {
  if (n === 0n) return 0;
  const neg = n < 0n;
  let a = neg ? -n : n;
  const len = bitLength(a);
  // keep 53 significant bits, but never below the subnormal quantum 2^-1074
  let shift = Math.max(len - 53, -1074 - e);
  if (shift > 0) {
    const s = BigInt(shift);
    const q = a >> s;
    const rem = a - (q << s);
    const half = 1n << (s - 1n);
    a = rem > half || (rem === half && (q & 1n) === 1n) ? q + 1n : q;
  } else shift = 0;
  const r = ldexp(Number(a), e + shift);
  return neg ? -r : r;
}

/** The exact value of a finite double as n · 2^e with integer n. */
export function exactParts(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  const [m, e] = frexp(x);
  return [BigInt(m * 2 ** 53), e - 53];
}
