/*
 * format.ts — repr(), str() and format() of the builtin types, and printf-style `%`.
 *
 * Residual code: decodes heap values into a JS string for one call and returns a new heap str.
 * Float formatting reuses the frontend's reprFloat (CPython's shortest repr); the format-spec
 * mini-language ([[fill]align][sign][#][0][width][,|_][.precision][type]) is parsed once per
 * call by parseSpec and applied by the per-kind formatters below.
 */

import { isTaggedInt, loadF64, loadRef } from "../../gc/index.js";
import { reprFloat, reprStr } from "../../frontend/constants.js";
import { E, EXC, raise, excArgs } from "../exceptions.js";
import * as L from "../layouts.js";
import { dictGet, entries } from "../objects/dict.js";
import { bytesData, bytesRepr } from "../objects/bytes.js";
import { intValue, layoutOf } from "../objects/int.js";
import { listItems } from "../objects/list.js";
import { newStr, strToJs } from "../objects/str.js";
import { tupleItems, tupleLen } from "../objects/tuple.js";
import { BUILTIN_IMPLS, findMethod, typeDescOf, typeName, typeOf, isInstance } from "../types.js";
import { intToDecimal } from "./arith.js";
import { kindOf, numValue } from "./compare.js";
import { codeInfo } from "../code.js";
import { identityOf } from "../../gc/index.js";
import { getHandle, handleMark, popHandles, pushHandle } from "../../gc/index.js";
import { isUserObject, userReprStr } from "../classes.js";

const reprStack: number[] = [];

function hexId(w: number): string {
  return "0x" + identityOf(w).toString(16).padStart(12, "0");
}

/** repr(w) as a JS string. */
export function reprJs(w: number): string {
  if (isTaggedInt(w)) return String(w >> 1);
  const l = layoutOf(w);
  switch (l) {
    case L.L_INT:
    case L.L_LONG:
      return intToDecimal(intValue(w));
    case L.L_BOOL:
      return intValue(w) ? "True" : "False";
    case L.L_FLOAT:
      return reprFloat(loadF64(w, L.FLOAT_VALUE));
    case L.L_NONE:
      return "None";
    case L.L_NOTIMPL:
      return "NotImplemented";
    case L.L_ELLIPSIS:
      return "Ellipsis";
    case L.L_STR:
      return reprStr(strToJs(w));
    case L.L_TUPLE:
    case L.L_LIST:
    case L.L_DICT:
    case L.L_SET:
    case L.L_FROZENSET:
      return reprContainer(w, l);
    case L.L_RANGE: {
      const step = loadRef(w, L.RANGE_STEP);
      const s = `range(${reprJs(loadRef(w, L.RANGE_START))}, ${reprJs(loadRef(w, L.RANGE_STOP))}`;
      return numValue(step) == 1 ? s + ")" : `${s}, ${reprJs(step)})`;
    }
    case L.L_SLICE:
      return `slice(${reprJs(loadRef(w, L.SLICE_START))}, ${reprJs(loadRef(w, L.SLICE_STOP))}, ${reprJs(loadRef(w, L.SLICE_STEP))})`;
    case L.L_TYPE:
      return `<class '${typeDescOf(w).name}'>`;
    case L.L_FUNCTION:
      return `<function ${strToJs(loadRef(w, L.FUNC_QUALNAME))} at ${hexId(w)}>`;
    case L.L_BUILTIN:
      return `<built-in function ${strToJs(builtinName(w))}>`;
    case L.L_EXCEPTION: {
      if (isUserObject(w)) {
        const s = userReprStr(w, false);
        if (s !== null) return s;
      }
      const args = excArgs(w);
      const name = typeName(w);
      if (tupleLen(args) === 1) return `${name}(${reprJs(tupleItems(args)[0]!)})`;
      return `${name}(${tupleItems(args).map(reprJs).join(", ")})`;
    }
    case L.L_MODULE:
      return moduleRepr(w);
    case L.L_BYTES:
      return bytesRepr(bytesData(w));
    case L.L_CODE:
      return `<code object ${codeInfo(w).name} at ${hexId(w)}>`;
    case L.L_GENERATOR:
      return `<generator object ${strToJs(loadRef(w, L.GEN_NAME))} at ${hexId(w)}>`;
    default: {
      if (isUserObject(w)) {
        const s = userReprStr(w, false);
        if (s !== null) return s;
        return `<__main__.${typeName(w)} object at ${hexId(w)}>`;
      }
      const r = findMethod(typeOf(w), "__repr__"); // builtin types with their own repr (file objects)
      if (r >= 0) return strJs(BUILTIN_IMPLS[r]!.fn([w], null));
      return `<${typeName(w)} object at ${hexId(w)}>`;
    }
  }
}

/** "[Errno 2] No such file or directory: 'name'" (the filename attribute is optional). */
function osErrorStr(w: number, args: number[]): string {
  const d = loadRef(w, L.EXC_DICT);
  const fn = d === 0 ? 0 : dictGet(d, newStr("filename"));
  const fn2 = d === 0 ? 0 : dictGet(d, newStr("filename2"));
  const base = `[Errno ${strJs(args[0]!)}] ${strJs(args[1]!)}`;
  if (fn === 0 || ((fn & 1) === 0 && layoutOf(fn) === L.L_NONE)) return base;
  if (fn2 === 0 || ((fn2 & 1) === 0 && layoutOf(fn2) === L.L_NONE)) return `${base}: ${reprJs(fn)}`;
  return `${base}: ${reprJs(fn)} -> ${reprJs(fn2)}`;
}

/** "msg (file.py, line N)", from the msg/filename/lineno attributes as CPython's SyntaxError_str. */
function syntaxErrorStr(w: number, args: number[]): string {
  const d = loadRef(w, L.EXC_DICT);
  const get = (k: string) => dictGet(d, newStr(k));
  const msgW = get("msg");
  const msg = msgW !== 0 ? strJs(msgW) : args.length > 0 ? strJs(args[0]!) : "";
  const fileW = get("filename");
  const lineW = get("lineno");
  const file = fileW !== 0 && (fileW & 1) === 0 && layoutOf(fileW) === L.L_STR ? strToJs(fileW) : null;
  const line = lineW !== 0 && (lineW & 1) === 1 ? lineW >> 1 : null;
  const base = file === null ? null : file.slice(file.lastIndexOf("/") + 1);
  if (base !== null && line !== null) return `${msg} (${base}, line ${line})`;
  if (base !== null) return `${msg} (${base})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
}

/** <module 'm' from 'file'>, <module 'sys' (built-in)>, <module 'ns' (namespace)> */
function moduleRepr(m: number): string {
  const d = loadRef(m, L.MODULE_DICT);
  const nameW = dictGet(d, newStr("__name__"));
  const name = nameW !== 0 && layoutOf(nameW) === L.L_STR ? strToJs(nameW) : "?";
  const file = dictGet(d, newStr("__file__"));
  if (file !== 0 && !isTaggedInt(file) && layoutOf(file) === L.L_STR) return `<module '${name}' from '${strToJs(file)}'>`;
  if (dictGet(d, newStr("__path__")) !== 0) return `<module '${name}' (namespace)>`;
  return `<module '${name}' (built-in)>`;
}

let builtinNameHook: (w: number) => number = () => newStr("?");
export function setBuiltinNameHook(f: (w: number) => number): void {
  builtinNameHook = f;
}
function builtinName(w: number): number {
  return builtinNameHook(w);
}

function reprContainer(w: number, l: number): string {
  if (reprStack.includes(w)) return l === L.L_LIST ? "[...]" : l === L.L_DICT ? "{...}" : "(...)";
  reprStack.push(w);
  try {
    switch (l) {
      case L.L_TUPLE: {
        const items = reprRooted(tupleItems(w));
        return items.length === 1 ? `(${items[0]!},)` : `(${items.join(", ")})`;
      }
      case L.L_LIST:
        return `[${reprRooted(listItems(w)).join(", ")}]`;
      case L.L_DICT: {
        const kv = reprRooted(entries(w).flat());
        const out: string[] = [];
        for (let i = 0; i < kv.length; i += 2) out.push(`${kv[i]}: ${kv[i + 1]}`);
        return `{${out.join(", ")}}`;
      }
      default: {
        const ks = reprRooted(entries(w).map(([k]) => k));
        const name = l === L.L_SET ? "set" : "frozenset";
        if (ks.length === 0) return `${name}()`;
        return l === L.L_SET ? `{${ks.join(", ")}}` : `frozenset({${ks.join(", ")}})`;
      }
    }
  } finally {
    reprStack.pop();
  }
}

/** repr of each item; the items live in handles because a user __repr__ may collect. */
function reprRooted(items: readonly number[], str = false): string[] {
  const mark = handleMark();
  try {
    for (const x of items) pushHandle(x);
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) out.push(str ? strJs(getHandle(mark + i)) : reprJs(getHandle(mark + i)));
    return out;
  } finally {
    popHandles(mark);
  }
}

/** str of each item (print's arguments), rooted like reprRooted. */
export function strRooted(items: readonly number[]): string[] {
  return reprRooted(items, true);
}

/** str(w) as a JS string. */
export function strJs(w: number): string {
  if (!isTaggedInt(w)) {
    const l = layoutOf(w);
    if (l === L.L_STR) return strToJs(w);
    if (isUserObject(w)) {
      const s = userReprStr(w, true);
      if (s !== null) return s;
    }
    if (l === L.L_EXCEPTION) {
      const args = tupleItems(excArgs(w));
      if (isInstance(w, E.KeyError) && args.length === 1) return reprJs(args[0]!);
      if (args.length === 2 && isInstance(w, EXC.OSError!)) return osErrorStr(w, args);
      if (isInstance(w, EXC.SyntaxError!) && loadRef(w, L.EXC_DICT) !== 0) return syntaxErrorStr(w, args);
      if (args.length === 0) return "";
      if (args.length === 1) return strJs(args[0]!);
      return reprJs(excArgs(w));
    }
  }
  return reprJs(w);
}

export function pyRepr(w: number): number {
  return newStr(reprJs(w));
}

export function pyStr(w: number): number {
  if (!isTaggedInt(w) && layoutOf(w) === L.L_STR) return w;
  return newStr(strJs(w));
}

// ---- the format-spec mini-language

interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (m === null) raise(E.ValueError, "Invalid format specifier");
  return {
    fill: m[1] ?? (m[5] && !m[2] ? "0" : " "),
    align: m[2] ?? (m[5] ? "=" : ""),
    sign: m[3] ?? "-",
    alt: m[4] !== undefined,
    zero: m[5] !== undefined,
    width: m[6] ? Number(m[6]) : 0,
    grouping: m[7] ?? "",
    precision: m[8] !== undefined ? Number(m[8]) : -1,
    type: m[9] ?? "",
  };
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function pad(body: string, sign: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const len = [...body].length + sign.length;
  if (len >= s.width) return sign + body;
  const n = s.width - len;
  switch (align) {
    case "<":
      return sign + body + s.fill.repeat(n);
    case "^":
      return s.fill.repeat(n >> 1) + sign + body + s.fill.repeat(n - (n >> 1));
    case "=":
      return sign + s.fill.repeat(n) + body;
    default:
      return s.fill.repeat(n) + sign + body;
  }
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
}

/** %e / %f / %g of a float with CPython's rules (exponent with at least two digits). */
/** a.toFixed(p) for a >= 0, without toFixed's switch to exponent notation from 1e21 on. */
function toFixedExact(a: number, p: number): string {
  if (a < 1e21) return a.toFixed(p);
  return BigInt(a).toString() + (p > 0 ? "." + "0".repeat(p) : ""); // an integer: exact
}

export function formatFloatFixed(x: number, type: string, precision: number, alt = false): string {
  if (Number.isNaN(x)) return type === type.toUpperCase() && type !== "%" ? "NAN" : "nan";
  if (!Number.isFinite(x)) return type === type.toUpperCase() && type !== "%" ? "INF" : "inf";
  const p = precision < 0 ? 6 : precision;
  const fixExp = (t: string) => t.replace(/e([+-])(\d)$/, "e$10$2");
  switch (type.toLowerCase()) {
    case "f":
      return toFixedExact(Math.abs(x), p);
    case "%":
      return toFixedExact(Math.abs(x) * 100, p) + "%";
    case "e": {
      const t = fixExp(Math.abs(x).toExponential(p));
      return type === "E" ? t.toUpperCase() : t;
    }
    case "g": {
      const P = p === 0 ? 1 : p;
      if (x === 0) return alt ? "0." + "0".repeat(P - 1) : "0";
      const exp = Math.floor(Math.log10(Math.abs(Number(Math.abs(x).toPrecision(P)))));
      let t: string;
      if (exp >= -4 && exp < P) t = Math.abs(x).toFixed(Math.max(0, P - 1 - exp));
      else t = fixExp(Math.abs(x).toExponential(P - 1));
      if (!alt) t = t.replace(/\.?0+(e|$)/, "$1").replace(/\.(e|$)/, "$1");
      if (!alt && t.includes(".") && !t.includes("e")) t = t.replace(/0+$/, "").replace(/\.$/, "");
      return type === "G" ? t.toUpperCase() : t;
    }
  }
  return String(x);
}

function formatInt(v: number | bigint, s: Spec): string {
  const neg = v < 0;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = "";
  switch (s.type) {
    case "x":
    case "X":
      digits = a.toString(16);
      if (s.type === "X") digits = digits.toUpperCase();
      if (s.alt) prefix = s.type === "X" ? "0X" : "0x";
      break;
    case "o":
      digits = a.toString(8);
      if (s.alt) prefix = "0o";
      break;
    case "b":
      digits = a.toString(2);
      if (s.alt) prefix = "0b";
      break;
    case "c":
      return pad(String.fromCodePoint(Number(a)), "", s, "<");
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G":
    case "%":
      return formatFloat(Number(v), s);
    case "":
    case "d":
    case "n":
      digits = typeof a === "bigint" ? intToDecimal(a) : String(a);
      break;
    default:
      return raise(E.ValueError, `Unknown format code '${s.type}' for object of type 'int'`);
  }
  digits = group(digits, s.grouping, s.type === "x" || s.type === "X" || s.type === "o" || s.type === "b" ? 4 : 3);
  if (s.zero && s.align === "=" && s.width > 0 && s.grouping) {
    // zero padding keeps the grouping: pad the digits before grouping
    const sign = signOf(neg, s) + prefix;
    let raw = digits.replaceAll(s.grouping, "");
    let g = group(raw, s.grouping);
    while (g.length + sign.length < s.width) {
      raw = "0" + raw;
      g = group(raw, s.grouping);
    }
    return sign + g;
  }
  return pad(digits, signOf(neg, s) + prefix, s, ">");
}

function formatFloat(x: number, s: Spec): string {
  const neg = x < 0 || Object.is(x, -0);
  let body: string;
  if (s.type === "" && s.precision < 0) body = reprFloat(Math.abs(x));
  else if (s.type === "") {
    body = formatFloatFixed(x, "g", s.precision, s.alt);
    if (/^\d+$/.test(body)) body += "";
  } else if ("eEfFgG%".includes(s.type)) body = formatFloatFixed(x, s.type, s.precision, s.alt);
  else if (s.type === "n") body = formatFloatFixed(x, "g", s.precision, s.alt);
  else return raise(E.ValueError, `Unknown format code '${s.type}' for object of type 'float'`);
  if (s.grouping) {
    const dot = body.search(/[.e%]/);
    const intPart = dot < 0 ? body : body.slice(0, dot);
    body = group(intPart, s.grouping) + (dot < 0 ? "" : body.slice(dot));
  }
  return pad(body, signOf(neg && !Number.isNaN(x), s), s, ">");
}

/** format(value, spec) for the builtin types. */
export function formatJs(w: number, specStr: string): string {
  if (specStr === "") return strJs(w);
  const s = parseSpec(specStr);
  const l = kindOf(w);
  if (l === L.L_INT || l === L.L_LONG || (l === L.L_BOOL && s.type !== "")) return formatInt(intValue(w), s);
  if (l === L.L_FLOAT) return formatFloat(loadF64(w, L.FLOAT_VALUE), s);
  if (l === L.L_STR) {
    if (s.type !== "" && s.type !== "s") raise(E.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
    let t = strToJs(w);
    if (s.precision >= 0) t = [...t].slice(0, s.precision).join("");
    return pad(t, "", s, "<");
  }
  if (typeOf(w).name && s.type === "") return pad(strJs(w), "", s, "<");
  return raise(E.TypeError, `unsupported format string passed to ${typeName(w)}.__format__`);
}

// ---- printf-style formatting: 'x=%d y=%s' % (1, 'a')

export function formatPercent(fmtRef: number, argsRef: number): number {
  const fmt = strToJs(fmtRef);
  const isTuple = kindOf(argsRef) === L.L_TUPLE;
  const args = isTuple ? tupleItems(argsRef) : [argsRef];
  const isMapping = kindOf(argsRef) === L.L_DICT;
  let ai = 0;
  const next = (): number => {
    if (ai >= args.length) raise(E.TypeError, "not enough arguments for format string");
    return args[ai++]!;
  };
  const re = /%(?:\(([^)]*)\))?([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;
  let out = "";
  let last = 0;
  for (let m = re.exec(fmt); m !== null; m = re.exec(fmt)) {
    out += fmt.slice(last, m.index);
    last = re.lastIndex;
    const conv = m[5]!;
    if (conv === "%") {
      out += "%";
      continue;
    }
    const flags = m[2]!;
    const width = m[3] === "*" ? Number(numValue(next())) : m[3] ? Number(m[3]) : 0;
    const prec = m[4] === "*" ? Number(numValue(next())) : m[4] !== undefined ? Number(m[4]) : -1;
    let v: number;
    if (m[1] !== undefined && isMapping) {
      v = 0;
      for (const [k, val] of entries(argsRef)) if (strJs(k) === m[1]) v = val;
      if (v === 0) raise(E.KeyError, m[1]);
    } else v = next();
    let body: string;
    let neg = false;
    switch (conv) {
      case "s":
        body = strJs(v);
        if (prec >= 0) body = body.slice(0, prec);
        break;
      case "r":
      case "a":
        body = reprJs(v);
        break;
      case "c":
        body = kindOf(v) === L.L_STR ? strToJs(v) : String.fromCodePoint(Number(numValue(v)));
        break;
      case "d":
      case "i":
      case "u": {
        const k = kindOf(v);
        if (k !== L.L_INT && k !== L.L_LONG && k !== L.L_BOOL && k !== L.L_FLOAT) raise(E.TypeError, `%${conv} format: a real number is required, not ${typeName(v)}`);
        let n = numValue(v);
        if (typeof n === "number") n = Math.trunc(n);
        neg = n < 0;
        body = String(neg ? -n : n);
        if (prec > 0) body = body.padStart(prec, "0");
        break;
      }
      case "x":
      case "X":
      case "o": {
        const n = numValue(v);
        neg = n < 0;
        body = (neg ? -n : n).toString(conv === "o" ? 8 : 16);
        if (conv === "X") body = body.toUpperCase();
        if (flags.includes("#")) body = (conv === "o" ? "0o" : conv === "x" ? "0x" : "0X") + body;
        break;
      }
      default: {
        const x = Number(numValue(v));
        neg = x < 0 || Object.is(x, -0);
        body = formatFloatFixed(x, conv, prec, flags.includes("#"));
      }
    }
    const sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    const total = sign.length + body.length;
    if (total < width) {
      if (flags.includes("-")) body = sign + body + " ".repeat(width - total);
      else if (flags.includes("0") && conv !== "s" && conv !== "r") body = sign + "0".repeat(width - total) + body;
      else body = " ".repeat(width - total) + sign + body;
    } else body = sign + body;
    out += body;
  }
  out += fmt.slice(last);
  if (!isMapping && ai < args.length) raise(E.TypeError, "not all arguments converted during string formatting");
  return newStr(out);
}
