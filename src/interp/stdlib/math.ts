/*
 * math.ts — the math module: every function and constant of CPython 3.11's, with its error
 * rules. One-argument float functions go through `real1` (CPython's math_1: a NaN result from
 * a non-NaN argument is a domain error, an infinite result from a finite argument is a range
 * error for the functions that can overflow and a domain error for the others). Integer
 * functions work on BigInt; fsum is exact (a BigInt sum of the exact values, rounded once).
 */

import { getHandle, handleMark, popHandles, pushHandle, setHandle } from "../../gc/index.js";
import { E, raise } from "../exceptions.js";
import { newFloat } from "../objects/float.js";
import { intValueBig, newIntBig } from "../objects/int.js";
import { binaryOp, OP_MUL } from "../ops/arith.js";
import { PENDING, boolRef, noneRef as noneArg } from "../state.js";
import { type BuiltinFn, type KwArgs } from "../types.js";
import { eachItem, isFloatArg, isIntArg, noKeywords, oneArg, positional, toBigIndex, toDouble } from "./args.js";
import { bitLength, copySign, exactParts, frexp, ldexp, nextAfter, roundScaled } from "./floatbits.js";
import { libm } from "./libm.js";
import { erf, erfc, gamma, isqrt as isqrtBig, lgamma } from "./special.js";
import { newTuple } from "../objects/tuple.js";
import { userMethod, callDunder } from "../classes.js";
import { typeName } from "../types.js";
import type { NativeModule } from "./registry.js";

const domainError = (): never => raise(E.ValueError, "math domain error");
const rangeError = (): never => raise(E.OverflowError, "math range error");

/** CPython's math_1 around a double function of one argument. */
function real1(name: string, fn: (x: number) => number, canOverflow: boolean): BuiltinFn {
  return (args, kw) => {
    const x = toDouble(oneArg(`math.${name}`, args, kw));
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
    if (!Number.isFinite(r) && Number.isFinite(x)) (canOverflow ? rangeError : domainError)();
    return newFloat(r);
  };
}

/** Two double arguments; NaN from non-NaN inputs is a domain error, inf from finite a range one. */
function real2(name: string, fn: (x: number, y: number) => number): BuiltinFn {
  return (args, kw) => {
    noKeywords(name, kw);
    positional(name, args, 2, 2);
    const x = toDouble(args[0]!);
    const y = toDouble(args[1]!);
    const r = fn(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domainError();
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) rangeError();
    return newFloat(r);
  };
}

function checked(r: number | "domain" | "range"): number {
  if (r === "domain") domainError();
  if (r === "range") rangeError();
  return newFloat(r as number);
}

function floatToInt(x: number): number {
  if (Number.isNaN(x)) raise(E.ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) raise(E.OverflowError, "cannot convert float infinity to integer");
  return newIntBig(BigInt(x));
}

/** floor/ceil/trunc: ints pass through, floats round, user classes may define the dunder. */
function rounding(name: string, dunder: string, round: (x: number) => number, message: (t: string) => string): BuiltinFn {
  return (args, kw) => {
    const x = oneArg(`math.${name}`, args, kw);
    if (isIntArg(x)) return newIntBig(intValueBig(x));
    if (isFloatArg(x)) return floatToInt(round(toDouble(x)));
    if (userMethod(x, dunder) !== 0) return callDunder(x, dunder, []);
    if (name === "trunc") raise(E.TypeError, message(typeName(x)));
    return floatToInt(round(toDouble(x)));
  };
}

/** log of a double or an int of any size (CPython's loghelper: big ints via their top bits). */
function logOf(w: number, fn: (x: number) => number): number {
  if (isIntArg(w)) {
    const v = intValueBig(w);
    if (v <= 0n) domainError();
    const x = Number(v);
    if (Number.isFinite(x)) return fn(x);
    // CPython's split: x = m·2^e with m in [0.5, 1) rounded to a double, then f(m) + e·f(2)
    const e = bitLength(v);
    return fn(roundScaled(v, -e)) + e * fn(2);
  }
  const x = toDouble(w);
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError();
  if (!Number.isFinite(r) && Number.isFinite(x)) domainError();
  return r;
}

function bigGcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** The product lo·(lo+1)·…·hi by binary splitting (fast for large factorials). */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  if (lo > hi) return 1n;
  if (hi - lo < 8n) {
    let r = lo;
    for (let i = lo + 1n; i <= hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid + 1n, hi);
}

function perm(n: bigint, k: bigint): bigint {
  return k > n ? 0n : rangeProduct(n - k + 1n, n);
}

function combArgs(name: string, args: number[], kw: KwArgs | null, optionalK: boolean): [bigint, bigint | null] {
  noKeywords(name, kw);
  positional(name, args, optionalK ? 1 : 2, 2);
  const n = toBigIndex(args[0]!);
  const k = args.length > 1 && !(optionalK && args[1] === noneArg()) ? toBigIndex(args[1]!) : null;
  if (n < 0n) raise(E.ValueError, "n must be a non-negative integer");
  if (k !== null && k < 0n) raise(E.ValueError, "k must be a non-negative integer");
  return [n, k];
}

/**
 * The Euclidean norm of coordinates already divided by nothing: scaled so the largest is
 * near 1, squares summed with their rounding errors kept (Dekker's exact product), a square
 * root, and one Newton correction from the residual — accurate to within an ulp, like
 * CPython's vector_norm.
 */
function vectorNorm(xs: number[]): number {
  let max = 0;
  let sawNan = false;
  for (const v of xs) {
    const a = Math.abs(v);
    if (Number.isNaN(a)) sawNan = true;
    else if (a > max) max = a;
  }
  if (max === Infinity) return Infinity;
  if (sawNan) return NaN;
  if (max === 0 || xs.length <= 1) return max;
  const [, maxE] = frexp(max);
  const scaleE = -maxE;
  let csum = 1;
  let frac1 = 0;
  let frac2 = 0;
  const add = (hi: number, lo: number) => {
    const s = csum + hi;
    frac2 += csum - s + hi; // fast two-sum: |csum| >= |hi| holds as csum starts at 1
    csum = s;
    frac1 += lo;
  };
  for (const v of xs) {
    const x = ldexp(Math.abs(v), scaleE);
    const [hi, lo] = twoProduct(x, x);
    add(hi, lo);
  }
  let h = Math.sqrt(csum - 1 + (frac1 + frac2));
  const [phi, plo] = twoProduct(-h, h);
  add(phi, plo);
  const x = csum - 1 + (frac1 + frac2);
  h += x / (2 * h);
  return ldexp(h, -scaleE);
}

function split(a: number): [number, number] {
  const c = 134217729 * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/** Exact sum of doubles (CPython's fsum errors for infinities, NaN and intermediate overflow). */
function fsum(iterable: number): number {
  let acc = 0n;
  let accScale = 0; // acc · 2^accScale
  let special = 0; // sum of the infinities seen
  let nan = false;
  eachItem(iterable, (w) => {
    const x = toDouble(w);
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) nan = true;
      else special += x;
      return;
    }
    const [m, e] = exactParts(x);
    if (e < accScale) {
      acc <<= BigInt(accScale - e);
      accScale = e;
    }
    acc += m << BigInt(e - accScale);
    if (!Number.isFinite(roundScaled(acc, accScale))) raise(E.OverflowError, "intermediate overflow in fsum");
  });
  if (special !== 0 || Number.isNaN(special)) {
    if (Number.isNaN(special)) raise(E.ValueError, "-inf + inf in fsum");
    return special;
  }
  if (nan) return NaN;
  return roundScaled(acc, accScale);
}

function remainder(x: number, y: number): number {
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x) || y === 0) return NaN;
  if (!Number.isFinite(y)) return x;
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const m = ax % ay;
  const c = ay - m;
  let r: number;
  if (m < c) r = m;
  else if (m > c) r = -c;
  else {
    // a tie: the quotient rounds to even
    const odd = 2 * ay === Infinity ? ax >= ay : ax % (2 * ay) >= ay;
    r = odd ? -m : m;
  }
  return copySign(1, x) * r || copySign(0, x);
}

function pow(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === -1 && !Number.isFinite(y)) return 1;
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (x === 0 && y < 0) domainError();
    if (x < 0 && !Number.isInteger(y)) domainError();
    const r = libm.pow(x, y);
    if (!Number.isFinite(r)) rangeError();
    return r;
  }
  return libm.pow(x, y);
}

function isclose(args: number[], kw: KwArgs | null): number {
  if (args.length > 2) raise(E.TypeError, `isclose() takes exactly 2 positional arguments (${args.length} given)`);
  const names = ["a", "b"];
  const vals = [...args];
  for (const [k, v] of kw ?? []) {
    const i = names.indexOf(k);
    if (i >= 0) {
      if (i < args.length) raise(E.TypeError, `argument for isclose() given by name ('${k}') and position (${i + 1})`);
      vals[i] = v;
    } else if (k !== "rel_tol" && k !== "abs_tol") raise(E.TypeError, `isclose() got an unexpected keyword argument '${k}'`);
  }
  for (let i = 0; i < 2; i++) if (vals[i] === undefined) raise(E.TypeError, `isclose() missing required argument '${names[i]}' (pos ${i + 1})`);
  const a = toDouble(vals[0]!);
  const b = toDouble(vals[1]!);
  const relTol = kw?.has("rel_tol") ? toDouble(kw.get("rel_tol")!) : 1e-9;
  const absTol = kw?.has("abs_tol") ? toDouble(kw.get("abs_tol")!) : 0;
  if (relTol < 0 || absTol < 0) raise(E.ValueError, "tolerances must be non-negative");
  if (a === b) return boolRef(true);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return boolRef(false);
  const diff = Math.abs(b - a);
  return boolRef(diff <= Math.abs(relTol * b) || diff <= Math.abs(relTol * a) || diff <= absTol);
}

function prod(args: number[], kw: KwArgs | null): number {
  positional("prod", args, 1, 1);
  for (const k of kw?.keys() ?? []) if (k !== "start") raise(E.TypeError, `prod() got an unexpected keyword argument '${k}'`);
  const mark = handleMark();
  try {
    const hAcc = pushHandle(kw?.get("start") ?? newIntBig(1n));
    eachItem(args[0]!, (item) => {
      const r = binaryOp(OP_MUL, getHandle(hAcc), item);
      if (r === 0) throw PENDING;
      setHandle(hAcc, r);
    });
    return getHandle(hAcc);
  } finally {
    popHandles(mark);
  }
}

function coordinates(w: number): number[] {
  const xs: number[] = [];
  eachItem(w, (item) => xs.push(toDouble(item)));
  return xs;
}

const FUNCTIONS: Record<string, BuiltinFn> = {
  acos: real1("acos", libm.acos, false),
  acosh: real1("acosh", libm.acosh, false),
  asin: real1("asin", libm.asin, false),
  asinh: real1("asinh", libm.asinh, false),
  atan: real1("atan", libm.atan, false),
  atanh: real1("atanh", libm.atanh, false),
  cbrt: real1("cbrt", libm.cbrt, false),
  cos: real1("cos", libm.cos, false),
  cosh: real1("cosh", libm.cosh, true),
  erf: real1("erf", erf, false),
  erfc: real1("erfc", erfc, false),
  exp: real1("exp", libm.exp, true),
  exp2: real1("exp2", libm.exp2, true),
  expm1: real1("expm1", libm.expm1, true),
  fabs: real1("fabs", Math.abs, false),
  sin: real1("sin", libm.sin, false),
  sinh: real1("sinh", libm.sinh, true),
  sqrt: real1("sqrt", Math.sqrt, false),
  tan: real1("tan", libm.tan, false),
  tanh: real1("tanh", libm.tanh, false),
  degrees: real1("degrees", (x) => x * (180 / Math.PI), true),
  radians: real1("radians", (x) => x * (Math.PI / 180), false),
  gamma: (args, kw) => checked(gamma(toDouble(oneArg("math.gamma", args, kw)))),
  lgamma: (args, kw) => checked(lgamma(toDouble(oneArg("math.lgamma", args, kw)))),
  atan2: real2("atan2", libm.atan2),
  fmod: real2("fmod", (x, y) => (Number.isFinite(x) && !Number.isFinite(y) && !Number.isNaN(y) ? x : x % y)),
  remainder: real2("remainder", remainder),
  pow: (args, kw) => {
    noKeywords("pow", kw);
    positional("pow", args, 2, 2);
    return newFloat(pow(toDouble(args[0]!), toDouble(args[1]!)));
  },
  copysign: (args, kw) => {
    noKeywords("copysign", kw);
    positional("copysign", args, 2, 2);
    return newFloat(copySign(toDouble(args[0]!), toDouble(args[1]!)));
  },
  nextafter: (args, kw) => {
    noKeywords("nextafter", kw);
    positional("nextafter", args, 2, 2);
    return newFloat(nextAfter(toDouble(args[0]!), toDouble(args[1]!)));
  },
  ulp: (args, kw) => {
    const x = Math.abs(toDouble(oneArg("math.ulp", args, kw)));
    if (!Number.isFinite(x)) return newFloat(x);
    const up = nextAfter(x, Infinity);
    return newFloat(up === Infinity ? x - nextAfter(x, -Infinity) : up - x);
  },
  log: (args, kw) => {
    noKeywords("math.log", kw);
    if (args.length < 1 || args.length > 2) raise(E.TypeError, "math.log requires 1 to 2 arguments");
    const num = logOf(args[0]!, libm.log);
    if (args.length === 1) return newFloat(num);
    const den = logOf(args[1]!, libm.log);
    if (den === 0) raise(E.ZeroDivisionError, "float division by zero");
    return newFloat(num / den);
  },
  log2: (args, kw) => newFloat(logOf(oneArg("math.log2", args, kw), libm.log2)),
  log10: (args, kw) => newFloat(logOf(oneArg("math.log10", args, kw), libm.log10)),
  log1p: real1("log1p", libm.log1p, false),
  floor: rounding("floor", "__floor__", Math.floor, (t) => `must be real number, not ${t}`),
  ceil: rounding("ceil", "__ceil__", Math.ceil, (t) => `must be real number, not ${t}`),
  trunc: rounding("trunc", "__trunc__", Math.trunc, (t) => `type ${t} doesn't define __trunc__ method`),
  frexp: (args, kw) => {
    const [m, e] = frexp(toDouble(oneArg("math.frexp", args, kw)));
    return newTuple([newFloat(m), newIntBig(BigInt(e))]);
  },
  ldexp: (args, kw) => {
    noKeywords("ldexp", kw);
    positional("ldexp", args, 2, 2);
    const x = toDouble(args[0]!);
    if (!isIntArg(args[1]!)) raise(E.TypeError, "Expected an int as second argument to ldexp.");
    const big = intValueBig(args[1]!);
    const e = big > 100000n ? 100000 : big < -100000n ? -100000 : Number(big);
    const r = ldexp(x, e);
    if (!Number.isFinite(r) && Number.isFinite(x)) rangeError();
    return newFloat(r);
  },
  modf: (args, kw) => {
    const x = toDouble(oneArg("math.modf", args, kw));
    if (!Number.isFinite(x)) return newTuple([newFloat(Number.isNaN(x) ? x : copySign(0, x)), newFloat(x)]);
    const i = Math.trunc(x);
    return newTuple([newFloat(copySign(x - i, x)), newFloat(i)]);
  },
  isfinite: (args, kw) => boolRef(Number.isFinite(toDouble(oneArg("math.isfinite", args, kw)))),
  isinf: (args, kw) => {
    const x = toDouble(oneArg("math.isinf", args, kw));
    return boolRef(x === Infinity || x === -Infinity);
  },
  isnan: (args, kw) => boolRef(Number.isNaN(toDouble(oneArg("math.isnan", args, kw)))),
  isclose,
  fsum: (args, kw) => newFloat(fsum(oneArg("math.fsum", args, kw))),
  prod,
  hypot: (args, kw) => {
    noKeywords("hypot", kw);
    return newFloat(vectorNorm(args.map(toDouble)));
  },
  dist: (args, kw) => {
    noKeywords("dist", kw);
    positional("dist", args, 2, 2);
    const p = coordinates(args[0]!);
    const q = coordinates(args[1]!);
    if (p.length !== q.length) raise(E.ValueError, "both points must have the same number of dimensions");
    return newFloat(vectorNorm(p.map((x, i) => x - q[i]!)));
  },
  gcd: (args, kw) => {
    noKeywords("gcd", kw);
    let g = 0n;
    for (const a of args) g = bigGcd(g, toBigIndex(a));
    return newIntBig(g);
  },
  lcm: (args, kw) => {
    noKeywords("lcm", kw);
    let l = 1n;
    for (const a of args) {
      const v = toBigIndex(a);
      if (v === 0n || l === 0n) l = 0n;
      else l = (l / bigGcd(l, v)) * (v < 0n ? -v : v);
    }
    return newIntBig(l);
  },
  isqrt: (args, kw) => {
    const n = toBigIndex(oneArg("math.isqrt", args, kw));
    if (n < 0n) raise(E.ValueError, "isqrt() argument must be nonnegative");
    return newIntBig(isqrtBig(n));
  },
  factorial: (args, kw) => {
    const n = toBigIndex(oneArg("math.factorial", args, kw));
    if (n < 0n) raise(E.ValueError, "factorial() not defined for negative values");
    return newIntBig(rangeProduct(1n, n));
  },
  comb: (args, kw) => {
    const [n, k] = combArgs("comb", args, kw, false);
    if (k! > n) return newIntBig(0n);
    const kk = k! > n - k! ? n - k! : k!;
    return newIntBig(perm(n, kk) / rangeProduct(1n, kk));
  },
  perm: (args, kw) => {
    const [n, k] = combArgs("perm", args, kw, true);
    return newIntBig(perm(n, k ?? n));
  },
};

export const MATH: NativeModule = {
  name: "math",
  functions: FUNCTIONS,
  values: () => ({
    pi: newFloat(Math.PI),
    e: newFloat(Math.E),
    tau: newFloat(2 * Math.PI),
    inf: newFloat(Infinity),
    nan: newFloat(NaN),
  }),
};
