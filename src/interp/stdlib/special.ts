/*
 * special.ts — erf, erfc, gamma and lgamma for the math module.
 *
 * erf/erfc: computed exactly enough to round correctly: the Maclaurin series in BigInt fixed
 * point with enough guard bits to absorb the series' cancellation (about 1.44·x² bits, twice
 * that for erfc's 1 - erf), then one rounding to double. glibc's (fdlibm's rational
 * approximations) are within an ulp of these but differ in roughly 1 of 25 arguments; its
 * composition for negative erfc arguments is reproduced (see erfc).
 *
 * gamma/lgamma: CPython does not use libm here but its own Lanczos approximation (N=13,
 * g≈6.0247, the coefficients published with Boost and Godfrey's method), so the same formula
 * is evaluated here in the same order, to give the same doubles.
 */

import { libm } from "./libm.js";
import { exactParts, roundScaled } from "./floatbits.js";

// ---- fixed-point constants

let piCache: { bits: number; value: bigint } = { bits: 0, value: 0n };

function atanInv(k: bigint, bits: number): bigint {
  // atan(1/k) · 2^bits
  const one = 1n << BigInt(bits);
  let term = one / k;
  const k2 = k * k;
  let sum = 0n;
  for (let n = 0n; term !== 0n; n++) {
    const t = term / (2n * n + 1n);
    sum += n % 2n === 0n ? t : -t;
    term /= k2;
  }
  return sum;
}

/** π · 2^bits (truncated), cached at the widest precision asked for so far. */
export function piFixed(bits: number): bigint {
  if (piCache.bits < bits) {
    const b = bits + 32;
    const v = 16n * atanInv(5n, b) - 4n * atanInv(239n, b);
    piCache = { bits: b, value: v };
  }
  return piCache.value >> BigInt(piCache.bits - bits);
}

/** ⌊√n⌋ by Newton's iteration from above. */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** 2/√π · 2^bits. */
function twoOverSqrtPi(bits: number): bigint {
  const sqrtPi = isqrt(piFixed(bits) << BigInt(bits)); // √π · 2^bits
  return (1n << BigInt(2 * bits + 1)) / sqrtPi;
}

/**
 * x·(2/√π)·Σ (-1)^n x^2n / (n!(2n+1)) as N with erf(x) = N · 2^scale, for finite x.
 */
function erfScaled(x: number, bits: number): [bigint, number] {
  const [mx, ex] = exactParts(x);
  const P = BigInt(bits);
  const one = 1n << P;
  // x² = mx² · 2^(2ex); term_{n+1} = term_n · x² / (n+1)
  const m2 = mx * mx;
  const e2 = 2 * ex;
  let term = one;
  let sum = 0n;
  for (let n = 0n; term !== 0n; n++) {
    const t = term / (2n * n + 1n);
    sum += n % 2n === 0n ? t : -t;
    term = e2 >= 0 ? (term * m2) << BigInt(e2) : (term * m2) >> BigInt(-e2);
    term /= n + 1n;
  }
  return [mx * twoOverSqrtPi(bits) * sum, ex - 2 * bits];
}

function guardBits(x: number, factor: number): number {
  return 96 + Math.ceil(factor * x * x);
}

export function erf(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 0) return x;
  if (Math.abs(x) >= 6) return x > 0 ? 1 : -1;
  const [n, scale] = erfScaled(x, guardBits(x, 1.45));
  return roundScaled(n, scale);
}

export function erfc(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return 0;
  if (x <= -6) return 2;
  if (x >= 28) return 0;
  // glibc (fdlibm) builds erfc of a negative argument below -0.84375 from the positive side
  // with one double operation (1 + erf|x| up to 1.25, then 2 - erfc|x|); doing the same
  // reproduces its rounding there (erfc(-1) = 1.8427007929497148, not the correctly rounded
  // ...715)
  if (x <= -0.84375) return x > -1.25 ? 1 + erf(-x) : 2 - erfc(-x);
  const bits = guardBits(x, x < 0.5 ? 1.45 : 2.9);
  const [n, scale] = erfScaled(x, bits);
  // 1 - N·2^scale, with scale < 0
  const one = 1n << BigInt(-scale);
  return roundScaled(one - n, scale);
}

// ---- gamma and lgamma: CPython's Lanczos evaluation

const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const LOG_PI = 1.144729885849400174143427351353058711647;

/** The Lanczos rational sum for x >= 0: Horner in x below 5, in 1/x above (avoids overflow). */
function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  const n = LANCZOS_NUM.length;
  if (x < 5) {
    for (let i = n - 1; i >= 0; i--) {
      num = num * x + LANCZOS_NUM[i]!;
      den = den * x + LANCZOS_DEN[i]!;
    }
  } else {
    for (let i = 0; i < n; i++) {
      num = num / x + LANCZOS_NUM[i]!;
      den = den / x + LANCZOS_DEN[i]!;
    }
  }
  return num / den;
}

/** sin(πx), exact at the integers and half-integers. */
function sinPi(x: number): number {
  const y = Math.abs(x) % 2;
  const n = Math.round(2 * y);
  let r: number;
  switch (n) {
    case 0:
      r = libm.sin(Math.PI * y);
      break;
    case 1:
      r = libm.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = libm.sin(Math.PI * (1 - y));
      break;
    case 3:
      r = -libm.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = libm.sin(Math.PI * (y - 2));
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}

const FACTORIALS: number[] = [];
for (let i = 0, f = 1; i < 23; i++) FACTORIALS.push((f *= i === 0 ? 1 : i));

/** Γ(x), or "domain" / "range" for the errors CPython reports. */
export function gamma(x: number): number | "domain" | "range" {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return "domain";
  }
  if (x === 0) return "domain";
  if (x === Math.floor(x)) {
    if (x < 0) return "domain";
    if (x <= 23) return FACTORIALS[x - 1]!;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1 / x;
    return Number.isFinite(r) ? r : "range";
  }
  if (absx > 200) {
    if (x < 0) return 0 / sinPi(x);
    return "range";
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let q: number;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) {
    q = y - absx;
    z = q - LANCZOS_G_MINUS_HALF;
  } else {
    q = y - LANCZOS_G_MINUS_HALF;
    z = q - absx;
  }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = ((-Math.PI / sinPi(absx) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140) r /= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140) r *= libm.pow(y, absx - 0.5);
    else {
      const sqrtpow = libm.pow(y, absx / 2 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return Number.isFinite(r) ? r : "range";
}

export function lgamma(x: number): number | "domain" | "range" {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2) return x <= 0 ? "domain" : 0;
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0) r = LOG_PI - libm.log(Math.abs(sinPi(absx))) - libm.log(absx) - r;
  return Number.isFinite(r) ? r : "range";
}
