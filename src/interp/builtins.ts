/*
 * builtins.ts — the builtin functions and the methods of str/list/dict/set, as tables.
 *
 * Each entry is a BuiltinFn over the positional args (self first for methods) and keywords.
 * Residual code: it may allocate freely (allocation never collects); the few that call back
 * into Python (sorted/min/max with key, map) keep their references in handles across calls.
 */

import { getHandle, handleMark, isTaggedInt, loadRef, popHandles, pushHandle } from "../gc/index.js";
import { reprStr } from "../frontend/constants.js";
import { callObject, generatorReturn } from "./call.js";
import { E, newException, raise, raiseWith } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictContains, dictCopy, dictDelete, dictGet, dictLen, dictSet, entries, newDict, dictClear } from "./objects/dict.js";
import { newFloat } from "./objects/float.js";
import { intValue, layoutOf, newInt, newIntBig, newIntFrom } from "./objects/int.js";
import { listAppend, listGet, listInsert, listItems, listLen, listPop, listReplace, newList, newListFrom } from "./objects/list.js";
import { newStr, strLen, strToJs } from "./objects/str.js";
import { newTuple, tupleItems, tupleLen } from "./objects/tuple.js";
import { intToDecimal } from "./ops/arith.js";
import { hashOf, kindOf, numValue, pyEq, pyHash, pyOrder, truthy } from "./ops/compare.js";
import { asciiJs, formatJs, pyRepr, pyStr, reprJs, strJs, strRooted } from "./ops/format.js";
import { getItemSlow } from "./ops/items.js";
import { BI_ENUMERATE, BI_FILTER, BI_MAP, BI_ZIP, getIterSlow, iterNextSlow, iterToArray, newBuiltinIter, newSeqIter, SEQ_DICT_ITEMS, SEQ_DICT_KEYS, SEQ_DICT_VALUES } from "./ops/iter.js";
import { allocFixed, initRef, identityOf } from "../gc/index.js";
import { PENDING, ROOT_EXC, ROOT_FRAME, boolRef, noneRef, throwPy } from "./state.js";
import { codeInfo } from "./code.js";
import { getAttrSlow, setAttrSlow } from "./ops/attrs.js";
import { getRoot, setRoot } from "../gc/index.js";
import { T_BOOL, T_INT, T_OBJECT, type BuiltinFn, type KwArgs, type TypeDesc, addMethods, isInstance, registerBuiltin, typeOf, typeName } from "./types.js";
import { T_BYTEARRAY, T_BYTES, T_DICT, T_FLOAT, T_FROZENSET, T_LIST, T_RANGE, T_SET, T_SLICE, T_STR, T_TUPLE } from "./typetable.js";
import { output } from "./output.js";
import { specialMethod as specialMethodOf } from "./dunders.js";
import { bytesLen } from "./objects/bytes.js";
import { currentStd, flushStd, isConsole, openBuiltin, readInputLine, writeTo } from "./modules/io.js";
import { buildClass, isUserObject, lookupKey, objectNew, superCall, typeConstruct, userAbs, userCallable, userFloat, userInt, userLen, userRound, userDivmod, userTernaryPow, valueOf } from "./classes.js";
import { T_CLASSMETHOD, T_PROPERTY, T_STATICMETHOD } from "./descr.js";
import { asIndex, newSliceObj } from "./ops/items.js";
import { setExcArgs } from "./exceptions.js";
import { checkClassInfo } from "./typeprotocols.js";

const isIntKind = (w: number) => {
  const l = kindOf(w);
  return l === L.L_INT || l === L.L_LONG || l === L.L_BOOL;
};

function argCount(name: string, args: number[], min: number, max: number): void {
  if (args.length < min || args.length > max) {
    if (min === max) raise(E.TypeError, `${name}() takes exactly ${min === 1 ? "one argument" : `${min} arguments`} (${args.length} given)`);
    if (args.length < min) raise(E.TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${args.length}`);
    raise(E.TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${args.length}`);
  }
}

function toIndex(w0: number): number {
  const w = asIndex(w0);
  if (!isIntKind(w)) raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
  return Number(intValue(w));
}

/** len(x) for the builtin types. */
export function pyLen(w: number): number {
  switch (kindOf(w)) {
    case L.L_STR:
      return strLen(w);
    case L.L_BYTES:
      return bytesLen(w);
    case L.L_BYTEARRAY:
      return bytesLen(loadRef(w, L.BYTEARRAY_DATA));
    case L.L_LIST:
      return listLen(w);
    case L.L_TUPLE:
      return tupleLen(w);
    case L.L_DICT:
    case L.L_SET:
    case L.L_FROZENSET:
      return dictLen(w);
    case L.L_RANGE: {
      const [a, b, s] = [loadRef(w, L.RANGE_START), loadRef(w, L.RANGE_STOP), loadRef(w, L.RANGE_STEP)].map((x) => Number(numValue(x)));
      return s! > 0 ? Math.max(0, Math.ceil((b! - a!) / s!)) : Math.max(0, Math.ceil((a! - b!) / -s!));
    }
  }
  if (isUserObject(w)) {
    const n = userLen(w);
    if (n >= 0) return n;
  }
  return raise(E.TypeError, `object of type '${typeName(w)}' has no len()`);
}

/** sorted() core: a stable sort with optional key and reverse; key calls keep refs in handles. */
function sortItems(items: number[], key: number, reverse: boolean): number[] {
  const mark = handleMark();
  try {
    // the key function runs Python code, which may collect: items, keys and the key
    // function itself live in handles, never in JS variables across a call
    const hl = pushHandle(newListFrom(items));
    let keys: number[];
    if (key !== 0 && key !== noneRef()) {
      const hf = pushHandle(key);
      const hk = pushHandle(newList());
      const n = items.length;
      for (let i = 0; i < n; i++) {
        const k = callObject(getHandle(hf), [listGet(getHandle(hl), i)], null);
        listAppend(getHandle(hk), k);
      }
      keys = listItems(getHandle(hk));
    } else keys = listItems(getHandle(hl));
    // a user __lt__ may collect: the keys are read from a rooted list at each comparison
    const hKeys = pushHandle(newListFrom(keys));
    const idx = keys.map((_, i) => i);
    idx.sort((a, b) => {
      const c = pyOrder(listGet(getHandle(hKeys), a), listGet(getHandle(hKeys), b), "<");
      return (reverse ? -c : c) || a - b;
    });
    const vals = listItems(getHandle(hl));
    return idx.map((i) => vals[i]!);
  } finally {
    popHandles(mark);
  }
}

function kwBool(kw: KwArgs | null, name: string): boolean {
  const v = kw?.get(name);
  return v !== undefined && truthy(v);
}

function minmax(name: string, isMax: boolean, args: number[], kw: KwArgs | null): number {
  // iterating may run Python code (a generator) and collect: key and default are re-read
  // from handles afterwards
  for (const k of kw?.keys() ?? []) if (k !== "key" && k !== "default") raise(E.TypeError, `'${k}' is an invalid keyword argument for ${name}()`);
  if (args.length > 1 && kw?.has("default")) raise(E.TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  const mark = handleMark();
  let key: number, dflt: number, items: number[];
  try {
    const hKey = pushHandle(kw?.get("key") ?? 0);
    const hDflt = pushHandle(kw?.get("default") ?? 0);
    items = args.length === 1 ? iterToArray(args[0]!) : args;
    key = getHandle(hKey);
    dflt = getHandle(hDflt);
  } finally {
    popHandles(mark);
  }
  if (args.length === 0) raise(E.TypeError, `${name} expected at least 1 argument, got 0`);
  if (items.length === 0) {
    if (dflt !== 0) return dflt;
    raise(E.ValueError, `${name}() arg is an empty sequence`);
  }
  // with a key: one stable sort (descending for max) gives the first extreme item, as CPython
  if (key !== 0 && key !== noneRef()) return sortItems(items, key, isMax)[0]!;
  // a user comparison may collect: the items are read from a rooted list
  const mark2 = handleMark();
  try {
    const hItems = pushHandle(newListFrom(items));
    let best = 0;
    for (let i = 1; i < items.length; i++) {
      const c = pyOrder(listGet(getHandle(hItems), i), listGet(getHandle(hItems), best), isMax ? ">" : "<");
      if (isMax ? c > 0 : c < 0) best = i;
    }
    return listGet(getHandle(hItems), best);
  } finally {
    popHandles(mark2);
  }
}

function printFn(args: number[], kw: KwArgs | null): number {
  for (const k of kw?.keys() ?? []) if (!["sep", "end", "file", "flush"].includes(k)) raise(E.TypeError, `'${k}' is an invalid keyword argument for print()`);
  const sepW = kw?.get("sep");
  const endW = kw?.get("end");
  const strOrNone = (w: number | undefined, what: string) => {
    if (w === undefined || w === noneRef()) return null;
    if (kindOf(w) !== L.L_STR) raise(E.TypeError, `${what} must be None or a string, not ${typeName(w)}`);
    return strToJs(w);
  };
  const sep = strOrNone(sepW, "sep") ?? " ";
  const end = strOrNone(endW, "end") ?? "\n";
  const fileW = kw?.get("file");
  const mark = handleMark();
  try {
    const hFile = pushHandle(fileW === undefined || fileW === noneRef() ? currentStd("stdout") : fileW);
    const hFlush = pushHandle(kw?.get("flush") ?? 0);
    const parts = strRooted(args); // may run user __str__/__repr__
    const file = getHandle(hFile);
    if (isConsole(file, "stdout")) output.stdout(parts.join(sep) + end);
    else if (isConsole(file, "stderr")) output.stderr(parts.join(sep) + end);
    else {
      // CPython writes each piece with its own write() call
      for (let i = 0; i < parts.length; i++) {
        if (i > 0) writeTo(getHandle(hFile), sep);
        writeTo(getHandle(hFile), parts[i]!);
      }
      writeTo(getHandle(hFile), end);
    }
    if (getHandle(hFlush) !== 0 && truthy(getHandle(hFlush))) callObject(getAttrSlow(getHandle(hFile), newStr("flush")), [], null);
  } finally {
    popHandles(mark);
  }
  return noneRef();
}

function intFromStr(s: string, base: number, orig: number): number {
  const t = s.trim().replace(/_/g, "");
  let b = base;
  let body = t;
  let neg = false;
  if (body.startsWith("-") || body.startsWith("+")) {
    neg = body[0] === "-";
    body = body.slice(1);
  }
  const prefix = body.slice(0, 2).toLowerCase();
  if ((b === 0 || b === 16) && prefix === "0x") (b = 16), (body = body.slice(2));
  else if ((b === 0 || b === 8) && prefix === "0o") (b = 8), (body = body.slice(2));
  else if ((b === 0 || b === 2) && prefix === "0b") (b = 2), (body = body.slice(2));
  if (b === 0) b = 10;
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, b);
  if (body === "" || ![...body.toLowerCase()].every((c) => digits.includes(c)) || /^_|__|_$/.test(s.trim())) {
    raise(E.ValueError, `invalid literal for int() with base ${base}: ${reprStr(strToJs(orig))}`);
  }
  let v = 0n;
  const B = BigInt(b);
  for (const c of body.toLowerCase()) v = v * B + BigInt(digits.indexOf(c));
  return newIntBig(neg ? -v : v);
}

function intConstruct(args: number[], kw: KwArgs | null): number {
  if (args.length > 2) raise(E.TypeError, `int() takes at most 2 arguments (${args.length} given)`);
  if (args.length === 0) return newInt(0);
  let x = args[0]!;
  if (isUserObject(x) && args.length === 1 && kw === null) {
    const r = userInt(x);
    if (r !== 0) return newIntFrom(intValue(r));
    x = valueOf(x);
  }
  const baseW = args[1] ?? kw?.get("base");
  if (kindOf(x) === L.L_STR) return intFromStr(strToJs(x), baseW === undefined ? 10 : toIndex(baseW), x);
  if (isIntKind(x)) return newIntFrom(intValue(x));
  if (kindOf(x) === L.L_FLOAT) {
    const f = numValue(x) as number;
    if (Number.isNaN(f)) raise(E.ValueError, "cannot convert float NaN to integer");
    if (!Number.isFinite(f)) raise(E.OverflowError, "cannot convert float infinity to integer");
    const t = Math.trunc(f);
    return Number.isSafeInteger(t) ? newInt(t === 0 ? 0 : t) : newIntBig(BigInt(t));
  }
  return raise(E.TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

function floatConstruct(args: number[]): number {
  if (args.length === 0) return newFloat(0);
  let x = args[0]!;
  if (isUserObject(x)) {
    const r = userFloat(x);
    if (r !== 0) return kindOf(r) === L.L_FLOAT ? newFloat(numValue(r) as number) : floatConstruct([r]);
    x = valueOf(x);
  }
  if (kindOf(x) === L.L_STR) {
    const s = strToJs(x).trim().toLowerCase().replace(/_/g, "");
    const m = /^([+-]?)(inf|infinity|nan)$/.exec(s);
    if (m) return newFloat(m[2] === "nan" ? NaN : m[1] === "-" ? -Infinity : Infinity);
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) raise(E.ValueError, `could not convert string to float: ${reprStr(strToJs(x))}`);
    return newFloat(Number(s));
  }
  if (kindOf(x) !== L.L_FLOAT && !isIntKind(x)) raise(E.TypeError, `float() argument must be a string or a real number, not '${typeName(args[0]!)}'`);
  const v = numValue(x);
  const f = Number(v);
  if (!Number.isFinite(f) && typeof v === "bigint") raise(E.OverflowError, "int too large to convert to float");
  return newFloat(f);
}

function rangeConstruct(args: number[]): number {
  argCount("range", args, 1, 3);
  const one = newInt(1);
  const [start, stop, step] = (args.length === 1 ? [newInt(0), args[0]!, one] : [args[0]!, args[1]!, args[2] ?? one]).map(asIndex);
  for (const v of [start!, stop!, step!]) toIndex(v);
  if (Number(intValue(step)) === 0) raise(E.ValueError, "range() arg 3 must not be zero");
  const r = allocFixed(L.L_RANGE);
  initRef(r, L.RANGE_START, start);
  initRef(r, L.RANGE_STOP, stop);
  initRef(r, L.RANGE_STEP, step);
  return r;
}

/**
 * round(f, n) for n >= 0 on the exact binary value, ties to even (CPython). toFixed rounds
 * exactly but sends ties up; a tie shows as exactly "5" then zeros past digit n in the
 * (exact, 100-digit) expansion, and then an even last kept digit means round down.
 */
function roundDecimal(f: number, n: number): number {
  const a = Math.abs(f);
  const full = a.toFixed(100);
  const dot = full.indexOf(".");
  let r = Number(a.toFixed(n));
  if (n < 100 && /^50*$/.test(full.slice(dot + 1 + n))) {
    const kept = full.slice(0, dot + 1 + n).replace(/\.$/, "");
    if (Number(kept[kept.length - 1]) % 2 === 0) r = Number(kept);
  }
  return f < 0 || Object.is(f, -0) ? -r : r;
}

/** obj.name, or `dflt` when that raises AttributeError (other exceptions propagate). */
function attrOr(obj: number, name: number, dflt: number): number {
  try {
    return getAttrSlow(obj, name);
  } catch (e) {
    if (e !== PENDING || !isInstance(getRoot(ROOT_EXC), E.AttributeError)) throw e;
    setRoot(ROOT_EXC, 0);
    return dflt;
  }
}

/** StopIteration carrying a generator's return value (no args when it returned None). */
function stopIteration(value: number): never {
  throwPy(newException(E.StopIteration, value === noneRef() ? [] : [value]));
}

/** Whether some item has the given truth; stops at the first (any/all short-circuit). */
function firstWithTruth(iterable: number, want: boolean): boolean {
  const mark = handleMark();
  try {
    const h = pushHandle(getIterSlow(iterable));
    for (let x = iterNextSlow(getHandle(h)); x !== 0; x = iterNextSlow(getHandle(h))) if (truthy(x) === want) return true;
    return false;
  } finally {
    popHandles(mark);
  }
}

function roundFn(args: number[]): number {
  let x = args[0]!;
  if (isUserObject(x)) {
    if (valueOf(x) === x || !isBuiltinRound(x)) return userRound(x, args[1]);
    x = valueOf(x);
  }
  const nd = args[1];
  if (isIntKind(x)) {
    if (nd === undefined || nd === noneRef()) return newIntFrom(intValue(x));
    const n = toIndex(nd);
    if (n >= 0) return newIntFrom(intValue(x));
    const v = BigInt(intValue(x));
    const p = 10n ** BigInt(-n);
    let q = v / p;
    let r = v % p;
    if (r < 0n) (r += p), (q -= 1n);
    if (2n * r > p || (2n * r === p && q % 2n !== 0n)) q += 1n;
    return newIntBig(q * p);
  }
  const f = numValue(x) as number;
  if (nd === undefined || nd === noneRef()) {
    if (!Number.isFinite(f)) raise(Number.isNaN(f) ? E.ValueError : E.OverflowError, Number.isNaN(f) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
    let r = Math.round(f);
    if (Math.abs(f % 1) === 0.5 && r % 2 !== 0) r -= 1;
    return newIntFrom(Number.isSafeInteger(r) ? r : BigInt(r));
  }
  const n = toIndex(nd);
  // CPython rounds the exact decimal value: go through the shortest repr and toFixed's exactness
  if (n < 0 || !Number.isFinite(f)) return newFloat(n >= 0 ? f : Math.round(f / 10 ** -n) * 10 ** -n);
  return newFloat(roundDecimal(f, Math.min(100, n)));
}

/** locals(): the frame's namespace dict, or a snapshot of a function's fast locals and cells. */
function localsOf(frame: number): number {
  const ns = loadRef(frame, L.FRAME_LOCALS);
  if (ns !== 0) return ns;
  const co = codeInfo(loadRef(frame, L.FRAME_CODE));
  const d = newDict();
  const names = [...co.varnames, ...co.cellvars, ...co.freevars];
  for (let i = 0; i < names.length; i++) {
    let v = loadRef(frame, L.FRAME_SLOTS + 4 * i);
    if (v !== 0 && i >= co.varnames.length && !isTaggedInt(v) && layoutOf(v) === L.L_CELL) v = loadRef(v, L.CELL_VALUE);
    if (v !== 0) dictSet(d, newStr(names[i]!), v);
  }
  return d;
}

const BUILTIN_FUNCTIONS: Record<string, BuiltinFn> = {
  print: printFn,
  globals: (a) => (argCount("globals", a, 0, 0), loadRef(getRoot(ROOT_FRAME), L.FRAME_GLOBALS)),
  locals: (a) => (argCount("locals", a, 0, 0), localsOf(getRoot(ROOT_FRAME))),
  __build_class__: buildClass,
  super: (a) => superCall(a),
  len: (a) => (argCount("len", a, 1, 1), newInt(pyLen(a[0]!))),
  ascii: (a) => newStr(asciiJs(a[0]!)),
  repr: (a) => (argCount("repr", a, 1, 1), pyRepr(a[0]!)),
  abs: (a) => {
    argCount("abs", a, 1, 1);
    const x = a[0]!;
    if (isUserObject(x)) return userAbs(x);
    if (kindOf(x) === L.L_FLOAT) return newFloat(Math.abs(numValue(x) as number));
    if (!isIntKind(x)) raise(E.TypeError, `bad operand type for abs(): '${typeName(x)}'`);
    const v = intValue(x);
    return newIntFrom(v < 0 ? (typeof v === "bigint" ? -v : -v) : v);
  },
  isinstance: (a) => {
    argCount("isinstance", a, 2, 2);
    return boolRef(checkClassInfo("isinstance", a[0]!, a[1]!));
  },
  issubclass: (a) => {
    argCount("issubclass", a, 2, 2);
    return boolRef(checkClassInfo("issubclass", a[0]!, a[1]!));
  },
  delattr: (a) => (argCount("delattr", a, 2, 2), setAttrSlow(a[0]!, newStr(attrName(a[1]!)), 0), noneRef()),
  vars: (a) => {
    argCount("vars", a, 1, 1);
    try {
      return getAttrSlow(a[0]!, newStr("__dict__"));
    } catch (e) {
      if (e !== PENDING || !isInstance(getRoot(ROOT_EXC), E.AttributeError)) throw e;
      setRoot(ROOT_EXC, 0);
      return raise(E.TypeError, "vars() argument must have __dict__ attribute");
    }
  },
  sum: (a, kw) => {
    const items = iterToArray(a[0]!);
    let acc = a[1] ?? kw?.get("start") ?? newInt(0);
    for (const x of items) acc = check0(addValues(acc, x));
    return acc;
  },
  min: (a, kw) => minmax("min", false, a, kw),
  max: (a, kw) => minmax("max", true, a, kw),
  sorted: (a, kw) => {
    const mark = handleMark();
    try {
      const hKey = pushHandle(kw?.get("key") ?? 0); // iterating a generator may collect
      const items = iterToArray(a[0]!);
      return newListFrom(sortItems(items, getHandle(hKey), kwBool(kw, "reverse")));
    } finally {
      popHandles(mark);
    }
  },
  reversed: (a) => newSeqIter(newListFrom(iterToArray(a[0]!).reverse()), 0),
  enumerate: (a, kw) => withIters([a[1] ?? kw?.get("start") ?? newInt(0)], a.slice(0, 1), (r, its) => newBuiltinIter(BI_ENUMERATE, its[0]!, 0, r[0]!)),
  zip: (a) => withIters([], a, (_r, its) => newBuiltinIter(BI_ZIP, newTuple(its), 0, 0)),
  map: (a) => withIters(a.slice(0, 1), a.slice(1), (r, its) => newBuiltinIter(BI_MAP, r[0]!, newTuple(its), 0)),
  filter: (a) => withIters(a.slice(0, 1), a.slice(1, 2), (r, its) => newBuiltinIter(BI_FILTER, r[0]!, its[0]!, 0)),
  iter: (a) => getIterSlow(a[0]!),
  next: (a) => {
    const v = iterNextSlow(a[0]!);
    if (v !== 0) return v;
    if (a.length > 1) return a[1]!;
    return stopIteration(kindOf(a[0]!) === L.L_GENERATOR ? generatorReturn.value : noneRef());
  },
  any: (a) => (argCount("any", a, 1, 1), boolRef(firstWithTruth(a[0]!, true))),
  all: (a) => (argCount("all", a, 1, 1), boolRef(!firstWithTruth(a[0]!, false))),
  chr: (a) => {
    const n = toIndex(a[0]!);
    if (n < 0 || n > 0x10ffff) raise(E.ValueError, "chr() arg not in range(0x110000)");
    return newStr(String.fromCodePoint(n));
  },
  ord: (a) => {
    const s = a[0]!;
    if (kindOf(s) !== L.L_STR) raise(E.TypeError, `ord() expected string of length 1, but ${typeName(s)} found`);
    if (strLen(s) !== 1) raise(E.TypeError, `ord() expected a character, but string of length ${strLen(s)} found`);
    return newInt(strToJs(s).codePointAt(0)!);
  },
  hex: (a) => radix(a[0]!, 16, "0x"),
  oct: (a) => radix(a[0]!, 8, "0o"),
  bin: (a) => radix(a[0]!, 2, "0b"),
  divmod: (a) => {
    argCount("divmod", a, 2, 2);
    if (isUserObject(a[0]!) || isUserObject(a[1]!)) return userDivmod(a[0]!, a[1]!);
    return newTuple([check0(binop(5, a[0]!, a[1]!)), check0(binop(6, a[0]!, a[1]!))]);
  },
  pow: (a) => {
    if (a.length === 3 && a[2] !== noneRef() && (isUserObject(a[0]!) || isUserObject(a[1]!) || isUserObject(a[2]!))) return userTernaryPow(a[0]!, a[1]!, a[2]!);
    if (a.length === 3 && a[2] !== noneRef()) {
      let b = BigInt(intValue(a[0]!));
      let e = BigInt(intValue(a[1]!));
      const m = BigInt(intValue(a[2]!));
      if (m === 0n) raise(E.ValueError, "pow() 3rd argument cannot be 0");
      let r = 1n % m; // pow(x, 0, 1) is 0
      b = ((b % m) + m) % m;
      while (e > 0n) {
        if (e & 1n) r = (r * b) % m;
        b = (b * b) % m;
        e >>= 1n;
      }
      if (r !== 0n && (r < 0n) !== (m < 0n)) r += m;
      return newIntBig(r);
    }
    return check0(binop(7, a[0]!, a[1]!));
  },
  round: roundFn,
  getattr: (a) => {
    argCount("getattr", a, 2, 3);
    const name = newStr(attrName(a[1]!));
    return a.length === 3 ? attrOr(a[0]!, name, a[2]!) : getAttrSlow(a[0]!, name);
  },
  hasattr: (a) => (argCount("hasattr", a, 2, 2), boolRef(attrOr(a[0]!, newStr(attrName(a[1]!)), 0) !== 0)),
  setattr: (a) => (argCount("setattr", a, 3, 3), setAttrSlow(a[0]!, newStr(attrName(a[1]!)), a[2]!), noneRef()),
  format: (a) => (argCount("format", a, 1, 2), newStr(formatJs(a[0]!, a[1] === undefined ? "" : strArg(a[1], "format() argument 2")))),
  hash: (a) => newIntFrom(pyHash(a[0]!)),
  id: (a) => newInt(identityOf(a[0]!)),
  callable: (a) => boolRef([L.L_FUNCTION, L.L_BUILTIN, L.L_TYPE, L.L_METHOD, L.L_STATICMETHOD].includes(kindOf(a[0]!)) || (isUserObject(a[0]!) && userCallable(a[0]!))),
  input: (a) => {
    argCount("input", a, 0, 1);
    if (a.length === 1) {
      writeTo(currentStd("stdout"), strJs(a[0]!));
      flushStd();
    }
    return newStr(readInputLine());
  },
  open: openBuiltin,
  dir: dirFn,
};

/** dir(): the sorted local names; dir(x): type(x).__dir__(x) as a sorted list. */
function dirFn(a: number[]): number {
  argCount("dir", a, 0, 1);
  if (a.length === 0) {
    const names: string[] = [];
    for (const [k] of entries(localsOf(getRoot(ROOT_FRAME)))) names.push(strToJs(k));
    return newListFrom(names.sort().map(newStr));
  }
  const f = specialMethodOf(a[0]!, "__dir__");
  if (f === 0) raise(E.TypeError, "object does not provide __dir__");
  const names = iterToArray(callObject(f, [a[0]!], null));
  return newListFrom(sortItems(names, 0, false));
}

/**
 * iter() of each iterable (which may run Python code and collect), then build(kept, iterators)
 * with `kept` and the iterators re-read from handles.
 */
function withIters(kept: number[], iterables: number[], build: (kept: number[], its: number[]) => number): number {
  const mark = handleMark();
  try {
    for (const k of kept) pushHandle(k);
    const hIn = handleMark();
    for (const x of iterables) pushHandle(x);
    const hIts = handleMark();
    for (let i = 0; i < iterables.length; i++) pushHandle(getIterSlow(getHandle(hIn + i)));
    return build(
      kept.map((_, i) => getHandle(mark + i)),
      iterables.map((_, i) => getHandle(hIts + i)),
    );
  } finally {
    popHandles(mark);
  }
}

function radix(w0: number, base: number, prefix: string): number {
  const w = asIndex(w0);
  if (!isIntKind(w)) raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
  const v = intValue(w);
  const neg = v < 0;
  return newStr((neg ? "-" : "") + prefix + (neg ? -v : v).toString(base));
}

import { binaryOp as binop } from "./ops/arith.js";
function addValues(a: number, b: number): number {
  return binop(0, a, b);
}
function check0(r: number): number {
  if (r === 0) throw PENDING;
  return r;
}

// ---- type constructors (calling the type object)

T_INT.construct = intConstruct;
T_FLOAT.construct = floatConstruct;
T_BOOL.construct = (a) => boolRef(a.length > 0 && truthy(a[0]!));
T_STR.construct = (a) => (a.length === 0 ? newStr("") : pyStr(a[0]!));
T_LIST.construct = (a) => newListFrom(a.length ? iterToArray(a[0]!) : []);
T_TUPLE.construct = (a) => (a.length && kindOf(a[0]!) === L.L_TUPLE ? a[0]! : newTuple(a.length ? iterToArray(a[0]!) : []));
T_RANGE.construct = rangeConstruct;
T_SLICE.construct = (a) => {
  argCount("slice", a, 1, 3);
  const none = noneRef();
  return a.length === 1 ? newSliceObj(none, a[0]!, none) : newSliceObj(a[0]!, a[1]!, a[2] ?? none);
};
addMethods(E.BaseException, { __init__: ([self, ...rest]) => (setExcArgs(self!, newTuple(rest)), noneRef()) });
T_OBJECT.construct = (a, kw) => objectNew([T_OBJECT.ref, ...a], kw);
const setFrom = (layout: number) => (a: number[]) => {
  // iterating may run Python code (and collect): the items first, then the new set
  const mark = handleMark();
  try {
    const hItems = pushHandle(newListFrom(a.length ? iterToArray(a[0]!) : []));
    const hSet = pushHandle(newDict(layout));
    for (let i = 0; i < listLen(getHandle(hItems)); i++) dictSet(getHandle(hSet), listGet(getHandle(hItems), i), 0);
    return getHandle(hSet);
  } finally {
    popHandles(mark);
  }
};
T_SET.construct = setFrom(L.L_SET);
T_FROZENSET.construct = setFrom(L.L_FROZENSET);
T_DICT.construct = (a, kw) => {
  let d = newDict();
  if (a.length) d = dictUpdate(d, a[0]!);
  if (kw) for (const [k, v] of kw) dictSet(d, newStr(k), v);
  return d;
};
import { T_TYPE } from "./types.js";
T_TYPE.construct = typeConstruct;

/** getattr & co.: the name argument (a str, or a str subclass instance). */
function attrName(w: number): string {
  const v = valueOf(w);
  if (kindOf(v) !== L.L_STR) raise(E.TypeError, `attribute name must be string, not '${typeName(w)}'`);
  return strToJs(v);
}

function isBuiltinRound(x: number): boolean {
  const f = lookupKey(typeOf(x), "__round__");
  return f === 0 || (!isTaggedInt(f) && layoutOf(f) === L.L_BUILTIN);
}

/** Returns the target, re-read: it may have moved while the pairs were produced. */
function dictUpdate(d: number, src0: number): number {
  const src = kindOf(valueOf(src0)) === L.L_DICT ? valueOf(src0) : src0;
  if (kindOf(src) === L.L_DICT) {
    for (const [k, v] of entries(src)) dictSet(d, k, v);
    return d;
  }
  // iterating may run Python code (a generator), which may collect: the target and the
  // pairs live in handles, re-read after every step that can run code
  const mark = handleMark();
  try {
    const hd = pushHandle(d);
    const hp = pushHandle(newListFrom(iterToArray(src)));
    for (let i = 0; i < listLen(getHandle(hp)); i++) {
      const kv = iterToArray(listGet(getHandle(hp), i));
      if (kv.length !== 2) raise(E.ValueError, `dictionary update sequence element #${i} has length ${kv.length}; 2 is required`);
      dictSet(getHandle(hd), kv[0]!, kv[1]!);
    }
    return getHandle(hd);
  } finally {
    popHandles(mark);
  }
}

// ---- methods

/**
 * The first index in [start, stop) of the list in handle hl whose item equals v, or -1. An
 * __eq__ may run Python code and collect: the list is re-read from its handle and v is rooted.
 */
function listFind(hl: number, v: number, start: number, stop: number): number {
  const mark = handleMark();
  try {
    const hv = pushHandle(v);
    for (let i = start; i < Math.min(stop, listLen(getHandle(hl))); i++) {
      const x = listGet(getHandle(hl), i);
      if (x === getHandle(hv) || pyEq(x, getHandle(hv))) return i;
    }
    return -1;
  } finally {
    popHandles(mark);
  }
}

/** list.index's optional start/stop, clamped like a slice's bounds. */
function sliceWindow(len: number, a: number | undefined, b: number | undefined): { start: number; end: number } {
  const clamp = (w: number | undefined, dflt: number) => {
    if (w === undefined) return dflt;
    const k = toIndex(w);
    return k < 0 ? Math.max(0, k + len) : Math.min(k, len);
  };
  return { start: clamp(a, 0), end: clamp(b, len) };
}

function strArg(w0: number | undefined, what: string): string {
  const w = w0 === undefined ? w0 : valueOf(w0);
  if (w === undefined || kindOf(w) !== L.L_STR) raise(E.TypeError, `${what} must be str, not ${w === undefined ? "nothing" : typeName(w)}`);
  return strToJs(w);
}



addMethods(T_LIST, {
  append: ([self, v]) => (listAppend(self!, v!), noneRef()),
  extend: ([self, it]) => {
    // iterating may run Python code (a generator, map(repr, ...)) that collects: self in a
    // handle; the items come back in a fresh list, rooted until they are appended
    const mark = handleMark();
    try {
      const h = pushHandle(self!);
      const hItems = pushHandle(newListFrom(iterToArray(it!)));
      const n = listLen(getHandle(hItems));
      for (let i = 0; i < n; i++) listAppend(getHandle(h), listGet(getHandle(hItems), i));
    } finally {
      popHandles(mark);
    }
    return noneRef();
  },
  pop: ([self, i]) => {
    const n = listLen(self!);
    if (n === 0) raise(E.IndexError, "pop from empty list");
    let k = i === undefined ? n - 1 : toIndex(i);
    if (k < 0) k += n;
    if (k < 0 || k >= n) raise(E.IndexError, "pop index out of range");
    return listPop(self!, k);
  },
  insert: ([self, i, v]) => {
    const n = listLen(self!);
    let k = toIndex(i!);
    if (k < 0) k = Math.max(0, k + n);
    listInsert(self!, Math.min(k, n), v!);
    return noneRef();
  },
  remove: ([self, v]) => {
    const mark = handleMark();
    try {
      const hl = pushHandle(self!);
      const k = listFind(hl, v!, 0, listLen(self!));
      if (k < 0) raise(E.ValueError, "list.remove(x): x not in list");
      listPop(getHandle(hl), k);
      return noneRef();
    } finally {
      popHandles(mark);
    }
  },
  index: ([self, v, a, b]) => {
    const mark = handleMark();
    try {
      const hl = pushHandle(self!);
      const w = sliceWindow(listLen(self!), a, b);
      const k = listFind(hl, v!, w.start, w.end);
      if (k < 0) raise(E.ValueError, `${reprJs(v!)} is not in list`);
      return newInt(k);
    } finally {
      popHandles(mark);
    }
  },
  count: ([self, v]) => {
    const mark = handleMark();
    try {
      const hl = pushHandle(self!);
      let n = 0;
      for (let i = listFind(hl, v!, 0, listLen(self!)); i >= 0; i = listFind(hl, v!, i + 1, listLen(getHandle(hl)))) n++;
      return newInt(n);
    } finally {
      popHandles(mark);
    }
  },
  reverse: ([self]) => (listReplace(self!, listItems(self!).reverse()), noneRef()),
  sort: ([self], kw) => {
    const mark = handleMark();
    const h = pushHandle(self!);
    try {
      const sorted = sortItems(listItems(self!), kw?.get("key") ?? 0, kwBool(kw, "reverse"));
      listReplace(getHandle(h), sorted);
    } finally {
      popHandles(mark);
    }
    return noneRef();
  },
  copy: ([self]) => newListFrom(listItems(self!)),
  clear: ([self]) => (listReplace(self!, []), noneRef()),
});

addMethods(T_TUPLE, {
  index: ([self, v]) => {
    const k = tupleItems(self!).findIndex((x) => x === v || pyEq(x, v!));
    if (k < 0) raise(E.ValueError, "tuple.index(x): x not in tuple");
    return newInt(k);
  },
  count: ([self, v]) => newInt(tupleItems(self!).filter((x) => x === v || pyEq(x, v!)).length),
});

addMethods(T_DICT, {
  get: ([self, k, d]) => dictGet(self!, k!) || (d ?? noneRef()),
  keys: ([self]) => newSeqIter(self!, SEQ_DICT_KEYS),
  values: ([self]) => newSeqIter(self!, SEQ_DICT_VALUES),
  items: ([self]) => newSeqIter(self!, SEQ_DICT_ITEMS),
  pop: ([self, k, d]) => {
    const v = dictDelete(self!, k!);
    if (v !== 0) return v;
    if (d !== undefined) return d;
    return raiseWith(E.KeyError, k!);
  },
  setdefault: ([self, k, d]) => {
    const v = dictGet(self!, k!);
    if (v !== 0) return v;
    dictSet(self!, k!, d ?? noneRef());
    return d ?? noneRef();
  },
  update: ([self, src], kw) => {
    const d = src !== undefined ? dictUpdate(self!, src) : self!;
    if (kw) for (const [k, v] of kw) dictSet(d, newStr(k), v);
    return noneRef();
  },
  copy: ([self]) => dictCopy(self!),
  clear: ([self]) => (dictClear(self!), noneRef()),
  popitem: ([self]) => {
    const es = entries(self!);
    if (es.length === 0) raise(E.KeyError, "popitem(): dictionary is empty");
    const [k, v] = es[es.length - 1]!;
    dictDelete(self!, k);
    return newTuple([k, v]);
  },
});

addMethods(T_SET, {
  add: ([self, v]) => (dictSet(self!, v!, 0), noneRef()),
  remove: ([self, v]) => {
    if (!dictContains(self!, v!)) raiseWith(E.KeyError, v!);
    dictDelete(self!, v!);
    return noneRef();
  },
  discard: ([self, v]) => (dictDelete(self!, v!), noneRef()),
  pop: ([self]) => {
    const es = entries(self!);
    if (es.length === 0) raise(E.KeyError, "pop from an empty set");
    dictDelete(self!, es[0]![0]);
    return es[0]![0];
  },
  update: ([self, it]) => {
    for (const x of iterToArray(it!)) dictSet(self!, x, 0);
    return noneRef();
  },
  copy: ([self]) => dictCopy(self!, L.L_SET),
});

void hashOf;
void getItemSlow;
void intToDecimal;
void isTaggedInt;
void layoutOf;
void (0 as unknown as TypeDesc);

/** name -> impl id of the builtin functions (the builtins module is built from this). */
export const BUILTIN_FUNCTION_IDS = new Map<string, number>(Object.entries(BUILTIN_FUNCTIONS).map(([n, f]) => [n, registerBuiltin(n, f)]));

/** The types exposed as builtins. */
export const BUILTIN_TYPES: readonly TypeDesc[] = [T_INT, T_BOOL, T_FLOAT, T_STR, T_LIST, T_TUPLE, T_DICT, T_SET, T_FROZENSET, T_RANGE, T_BYTES, T_BYTEARRAY, T_OBJECT, T_TYPE, T_PROPERTY, T_CLASSMETHOD, T_STATICMETHOD, T_SLICE];

export { newFloat as _nf };
