/*
 * modules.ts — the builtin modules (sys, math) and import of them. File imports are issue 6.
 */

import { allocFixed, getRoot, initRef, loadRef } from "../gc/index.js";
import { E, raise } from "./exceptions.js";
import { L_MODULE, MODULE_DICT, MODULE_NAME } from "./layouts.js";
import { dictGet, dictSet, newDict } from "./objects/dict.js";
import { newFloat } from "./objects/float.js";
import { newInt, newIntBig, intValue } from "./objects/int.js";
import { newListFrom } from "./objects/list.js";
import { newStr } from "./objects/str.js";
import { newTuple } from "./objects/tuple.js";
import { numValue } from "./ops/compare.js";
import { recursion } from "./call.js";
import { ROOT_MODULES, noneRef } from "./state.js";
import { type BuiltinFn, registerBuiltin, newBuiltin } from "./types.js";
import { newException } from "./exceptions.js";
import { throwPy, topmostHandled } from "./state.js";
import { sysExcInfo } from "./exc-attrs.js";

export function newModule(name: string): number {
  const m = allocFixed(L_MODULE);
  initRef(m, MODULE_DICT, newDict());
  initRef(m, MODULE_NAME, newStr(name));
  dictSet(loadDict(m), newStr("__name__"), newStr(name));
  return m;
}

function loadDict(m: number): number {
  return loadRef(m, MODULE_DICT);
}

const f = (x: number) => Number(numValue(x));
const MATH: Record<string, BuiltinFn> = {
  sqrt: ([x]) => {
    if (f(x!) < 0) raise(E.ValueError, "math domain error");
    return newFloat(Math.sqrt(f(x!)));
  },
  floor: ([x]) => newIntBig(BigInt(Math.floor(f(x!)))),
  ceil: ([x]) => newIntBig(BigInt(Math.ceil(f(x!)))),
  fabs: ([x]) => newFloat(Math.abs(f(x!))),
  exp: ([x]) => newFloat(Math.exp(f(x!))),
  log: ([x, b]) => {
    if (f(x!) <= 0) raise(E.ValueError, "math domain error");
    return newFloat(b === undefined ? Math.log(f(x!)) : Math.log(f(x!)) / Math.log(f(b)));
  },
  log2: ([x]) => newFloat(Math.log2(f(x!))),
  log10: ([x]) => newFloat(Math.log10(f(x!))),
  sin: ([x]) => newFloat(Math.sin(f(x!))),
  cos: ([x]) => newFloat(Math.cos(f(x!))),
  tan: ([x]) => newFloat(Math.tan(f(x!))),
  atan2: ([y, x]) => newFloat(Math.atan2(f(y!), f(x!))),
  hypot: (a) => newFloat(Math.hypot(...a.map(f))),
  gcd: (a) => {
    let g = 0n;
    for (const x of a) {
      let v = BigInt(intValue(x));
      if (v < 0n) v = -v;
      while (v) [g, v] = [v, g % v];
    }
    return newIntBig(g);
  },
  isqrt: ([x]) => {
    const n = BigInt(intValue(x!));
    if (n < 0n) raise(E.ValueError, "isqrt() argument must be nonnegative");
    if (n < 2n) return newIntBig(n);
    let r = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (r * r > n) r--;
    while ((r + 1n) * (r + 1n) <= n) r++;
    return newIntBig(r);
  },
  factorial: ([x]) => {
    let r = 1n;
    for (let i = 2n; i <= BigInt(intValue(x!)); i++) r *= i;
    return newIntBig(r);
  },
  pow: ([x, y]) => {
    const r = f(x!) ** f(y!);
    if (Number.isNaN(r) && !Number.isNaN(f(x!)) && !Number.isNaN(f(y!))) raise(E.ValueError, "math domain error");
    return newFloat(r);
  },
  trunc: ([x]) => newIntBig(BigInt(Math.trunc(f(x!)))),
  isfinite: ([x]) => getBool(Number.isFinite(f(x!))),
  asin: ([x]) => newFloat(Math.asin(f(x!))),
  acos: ([x]) => newFloat(Math.acos(f(x!))),
  atan: ([x]) => newFloat(Math.atan(f(x!))),
  degrees: ([x]) => newFloat((f(x!) * 180) / Math.PI),
  radians: ([x]) => newFloat((f(x!) * Math.PI) / 180),
  isnan: ([x]) => (Number.isNaN(f(x!)) ? getBool(true) : getBool(false)),
  isinf: ([x]) => getBool(Math.abs(f(x!)) === Infinity),
};
import { boolRef as getBool } from "./state.js";

const SYS: Record<string, BuiltinFn> = {
  exit: ([code]) => throwPy(newException(E.SystemExit, code === undefined ? [] : [code])),
  setrecursionlimit: ([n]) => {
    recursion.limit = Number(intValue(n!));
    return noneRef();
  },
  getrecursionlimit: () => newInt(recursion.limit),
  exc_info: () => sysExcInfo(),
  exception: () => topmostHandled() || noneRef(),
};

const MATH_IDS = Object.entries(MATH).map(([n, fn]) => [n, registerBuiltin(n, fn)] as const);
const SYS_IDS = Object.entries(SYS).map(([n, fn]) => [n, registerBuiltin(n, fn)] as const);

export function bootModules(argv: readonly string[]): void {
  const modules = getRoot(ROOT_MODULES);
  const math = newModule("math");
  const md = loadDict(math);
  for (const [n, id] of MATH_IDS) dictSet(md, newStr(n), newBuiltin(id));
  dictSet(md, newStr("pi"), newFloat(Math.PI));
  dictSet(md, newStr("e"), newFloat(Math.E));
  dictSet(md, newStr("tau"), newFloat(2 * Math.PI));
  dictSet(md, newStr("inf"), newFloat(Infinity));
  dictSet(md, newStr("nan"), newFloat(NaN));
  dictSet(modules, newStr("math"), math);
  const sys = newModule("sys");
  const sd = loadDict(sys);
  for (const [n, id] of SYS_IDS) dictSet(sd, newStr(n), newBuiltin(id));
  dictSet(sd, newStr("argv"), newListFrom(argv.map(newStr)));
  dictSet(sd, newStr("maxsize"), newIntBig(2n ** 63n - 1n));
  dictSet(sd, newStr("version_info"), newTuple([newInt(3), newInt(11), newInt(7), newStr("final"), newInt(0)]));
  dictSet(sd, newStr("version"), newStr("3.11.7 (pypy-ts)"));
  dictSet(modules, newStr("sys"), sys);
}

export function importModule(name: string): number {
  const m = dictGet(getRoot(ROOT_MODULES), newStr(name));
  if (m !== 0) return m;
  return raise(E.ModuleNotFoundError, `No module named '${name}'`);
}
