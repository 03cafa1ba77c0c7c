/*
 * percent.ts — printf-style formatting of str: 'x=%d y=%-5s' % (1, 'a').
 *
 * One pass over the format: `%[(key)][flags][width|*][.precision|*]type`. The arguments are a
 * tuple (consumed in order), a mapping (for `%(key)` fields), or a single other object. The
 * conversions and messages are CPython's (PyUnicode_Format): %s %r %a, %c (int or one-char
 * str), %d %i %u (any real number, truncated), %o %x %X (integers only), %e %E %f %F %g %G
 * (anything float() takes), %%. May run Python code (__str__/__repr__), so the arguments are
 * kept in handles.
 */

import { getHandle, handleMark, loadF64, popHandles, pushHandle } from "../../gc/index.js";
import { E, raise, raiseWith } from "../exceptions.js";
import * as L from "../layouts.js";
import { dictGet } from "../objects/dict.js";
import { intValue } from "../objects/int.js";
import { newStr, strLen, strToJs } from "../objects/str.js";
import { tupleGet, tupleLen } from "../objects/tuple.js";
import { intToDecimal } from "../ops/arith.js";
import { kindOf } from "../ops/compare.js";
import { getItemSlow } from "../ops/items.js";
import { isUserObject, userMethod } from "../classes.js";
import { typeName } from "../types.js";
import { formatFloatFixed } from "./floatfmt.js";
import { asciiJs, reprJs, strJs } from "./repr.js";

const FLAGS = "-+ #0";
const CONVERSIONS = "sradiuoxXeEfFgGc";

function isInt(v: number): boolean {
  const k = kindOf(v);
  return k === L.L_INT || k === L.L_LONG || k === L.L_BOOL;
}

/** fmt % args as a new str. */
export function formatPercent(fmtRef: number, argsRef: number): number {
  const fmt = strToJs(fmtRef);
  const mark = handleMark();
  try {
    const k = kindOf(argsRef);
    const isTuple = k === L.L_TUPLE;
    // CPython treats any non-tuple, non-str argument with __getitem__ as a mapping (then
    // leftover arguments are no error): dicts, lists, ranges, user classes with __getitem__
    const isMapping = k === L.L_DICT || k === L.L_LIST || k === L.L_RANGE || (isUserObject(argsRef) && userMethod(argsRef, "__getitem__") !== 0);
    const hArgs = pushHandle(argsRef);
    const nargs = isTuple ? tupleLen(argsRef) : 1;
    let ai = 0;
    let usedMapping = false;
    const next = (): number => {
      if (ai >= nargs) raise(E.TypeError, "not enough arguments for format string");
      const a = getHandle(hArgs);
      return isTuple ? tupleGet(a, ai++) : (ai++, a);
    };
    let out = "";
    let i = 0;
    const n = fmt.length;
    while (i < n) {
      const pct = fmt.indexOf("%", i);
      if (pct < 0) {
        out += fmt.slice(i);
        break;
      }
      out += fmt.slice(i, pct);
      i = pct + 1;
      const at = () => (i < n ? fmt[i]! : "");
      let key: string | null = null;
      if (at() === "(") {
        let depth = 1;
        const start = ++i;
        while (i < n && depth > 0) {
          if (fmt[i] === "(") depth++;
          else if (fmt[i] === ")") depth--;
          i++;
        }
        if (depth > 0) raise(E.ValueError, "incomplete format key");
        key = fmt.slice(start, i - 1);
      }
      let flags = "";
      while (FLAGS.includes(at()) && at() !== "") flags += fmt[i++];
      const number = (): number => {
        if (at() === "*") {
          i++;
          const v = next();
          if (!isInt(v)) raise(E.TypeError, "* wants int");
          return Number(intValue(v));
        }
        const start = i;
        while (at() >= "0" && at() <= "9" && at() !== "") i++;
        return i > start ? Number(fmt.slice(start, i)) : -1;
      };
      let width = number();
      if (width < -1) {
        flags += "-";
        width = -width;
      }
      let prec = -1;
      if (at() === ".") {
        i++;
        prec = Math.max(0, number());
      }
      while ("hlL".includes(at()) && at() !== "") i++; // length modifiers are accepted and ignored
      if (i >= n) raise(E.ValueError, "incomplete format");
      const conv = fmt[i++]!;
      if (conv === "%") {
        out += "%";
        continue;
      }
      if (!CONVERSIONS.includes(conv)) {
        const c = conv.codePointAt(0)!;
        raise(E.ValueError, `unsupported format character '${conv}' (0x${c.toString(16)}) at index ${i - 1}`);
      }
      let v: number;
      if (key !== null) {
        if (!isMapping) raise(E.TypeError, "format requires a mapping");
        usedMapping = true;
        const m = getHandle(hArgs);
        if (kindOf(m) === L.L_DICT) {
          v = dictGet(m, newStr(key));
          if (v === 0) raiseWith(E.KeyError, newStr(key));
        } else v = getItemSlow(m, newStr(key)); // any other mapping: its __getitem__
      } else v = next();
      out += convertOne(v, conv, flags, width, prec);
    }
    void usedMapping;
    if (ai < nargs && !isMapping) raise(E.TypeError, "not all arguments converted during string formatting");
    return newStr(out);
  } finally {
    popHandles(mark);
  }
}

/** One conversion with its flags, width and precision. */
function convertOne(v: number, conv: string, flags: string, width: number, prec: number): string {
  let body: string;
  let sign = "";
  let numeric = false;
  switch (conv) {
    case "s":
    case "r":
    case "a":
      body = conv === "s" ? strJs(v) : conv === "r" ? reprJs(v) : asciiJs(v);
      if (prec >= 0) body = [...body].slice(0, prec).join("");
      break;
    case "c":
      if (kindOf(v) === L.L_STR) {
        if (strLen(v) !== 1) raise(E.TypeError, "%c requires int or char");
        body = strToJs(v);
      } else if (isInt(v)) {
        const c = intValue(v);
        if (c < 0 || c > 0x10ffff) raise(E.OverflowError, "%c arg not in range(0x110000)");
        body = String.fromCodePoint(Number(c));
      } else return raise(E.TypeError, "%c requires int or char");
      break;
    case "d":
    case "i":
    case "u":
    case "o":
    case "x":
    case "X": {
      numeric = true;
      let n: bigint;
      if (isInt(v)) n = BigInt(intValue(v));
      else if (kindOf(v) === L.L_FLOAT && "diu".includes(conv)) {
        const x = loadF64(v, L.FLOAT_VALUE);
        if (!Number.isFinite(x)) raise(Number.isNaN(x) ? E.ValueError : E.OverflowError, Number.isNaN(x) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
        n = BigInt(Math.trunc(x));
      } else if ("diu".includes(conv)) return raise(E.TypeError, `%${conv} format: a real number is required, not ${typeName(v)}`);
      else return raise(E.TypeError, `%${conv} format: an integer is required, not ${typeName(v)}`);
      const neg = n < 0n;
      const a = neg ? -n : n;
      body = conv === "o" ? a.toString(8) : conv === "x" ? a.toString(16) : conv === "X" ? a.toString(16).toUpperCase() : intToDecimal(a);
      if (prec > body.length) body = "0".repeat(prec - body.length) + body;
      if (flags.includes("#") && "oxX".includes(conv)) body = (conv === "o" ? "0o" : conv === "x" ? "0x" : "0X") + body;
      sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
      break;
    }
    default: {
      numeric = true;
      let x: number;
      const k = kindOf(v);
      if (k === L.L_FLOAT) x = loadF64(v, L.FLOAT_VALUE);
      else if (isInt(v)) {
        const iv = intValue(v);
        x = Number(iv);
        if (!Number.isFinite(x)) raise(E.OverflowError, "int too large to convert to float");
      } else return raise(E.TypeError, `must be real number, not ${typeName(v)}`);
      const neg = (x < 0 || Object.is(x, -0)) && !Number.isNaN(x);
      body = formatFloatFixed(Math.abs(x), conv, prec, flags.includes("#"));
      sign = neg ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
    }
  }
  const len = [...body].length + sign.length;
  if (width <= len) return sign + body;
  const fill = width - len;
  if (flags.includes("-")) return sign + body + " ".repeat(fill);
  if (flags.includes("0") && numeric && !/^(inf|nan)/i.test(body)) {
    // zeros go after the sign and a 0x / 0o prefix
    const m = /^(0[xXo])?(.*)$/s.exec(body)!;
    return sign + (m[1] ?? "") + "0".repeat(fill) + m[2]!;
  }
  return " ".repeat(fill) + sign + body;
}
