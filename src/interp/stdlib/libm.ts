/*
 * libm.ts — the elementary functions behind the math module. CPython calls the C library
 * (glibc: correctly rounded, or nearly, for these); V8's Math.* are fdlibm ports that are off
 * by one ulp for a few percent of arguments, which shows in printed results. This table is the
 * one place that decides which implementation each function uses.
 */

export const libm = {
  exp: Math.exp,
  expm1: Math.expm1,
  log: Math.log,
  log1p: Math.log1p,
  log2: Math.log2,
  log10: Math.log10,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: Math.asin,
  acos: Math.acos,
  atan: Math.atan,
  atan2: Math.atan2,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  asinh: Math.asinh,
  acosh: Math.acosh,
  atanh: Math.atanh,
  cbrt: Math.cbrt,
  pow: Math.pow,
  exp2: (x: number) => 2 ** x,
};
