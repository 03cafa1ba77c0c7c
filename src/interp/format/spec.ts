/*
 * spec.ts — format(value, spec): the format-spec mini-language of int, bool, float and str,
 * and __format__ of user classes.
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * The spec is parsed left to right as CPython does; what is left at the end must be at most
 * one character (the type), otherwise the spec is invalid. The checks and their messages are
 * CPython's (per kind: '=' or a sign for strings, precision for ints, ',' with 'x'...).
 * Zero padding (`0` or `=` with fill '0') inserts its zeros into the grouping, as in
 * format(1234, '010,') == '00,001,234'.
 */

import { loadF64 } from "../../gc/index.js";
import { isUserObject, userFormat } from "../classes.js";
import { E, raise } from "../exceptions.js";
import * as L from "../layouts.js";
import { intValue } from "../objects/int.js";
import { strToJs } from "../objects/str.js";
import { intToDecimal } from "../ops/arith.js";
import { kindOf } from "../ops/compare.js";
import { typeName } from "../types.js";
import { formatFloatFixed } from "./floatfmt.js";
import { reprFloatJs, strJs } from "./repr.js";

export interface Spec {
  fill: string;
  align: string; // "" when not given
  sign: string; // "" when not given
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number; // -1 when not given
  type: string;
}

const ALIGNS = "<>=^";

/** Parses a format spec for an object of type `tname` (the name in the messages). */
export function parseSpec(spec: string, tname: string): Spec {
  const cps = [...spec];
  let i = 0;
  const s: Spec = { fill: " ", align: "", sign: "", z: false, alt: false, zero: false, width: -1, grouping: "", precision: -1, type: "" };
  let fillGiven = false;
  if (cps.length >= 2 && ALIGNS.includes(cps[1]!)) {
    s.fill = cps[0]!;
    s.align = cps[1]!;
    fillGiven = true;
    i = 2;
  } else if (cps.length >= 1 && ALIGNS.includes(cps[0]!)) {
    s.align = cps[0]!;
    i = 1;
  }
  if (i < cps.length && "+- ".includes(cps[i]!)) s.sign = cps[i++]!;
  if (i < cps.length && cps[i] === "z") {
    s.z = true;
    i++;
  }
  if (i < cps.length && cps[i] === "#") {
    s.alt = true;
    i++;
  }
  if (i < cps.length && cps[i] === "0") {
    s.zero = true;
    if (!fillGiven) s.fill = "0";
    if (s.align === "") s.align = "=";
    i++;
  }
  const digits = () => {
    const start = i;
    while (i < cps.length && cps[i]! >= "0" && cps[i]! <= "9") i++;
    if (i - start > 18) raise(E.ValueError, "Too many decimal digits in format string");
    return i > start ? Number(cps.slice(start, i).join("")) : -1;
  };
  s.width = digits();
  if (i < cps.length && (cps[i] === "," || cps[i] === "_")) {
    s.grouping = cps[i++]!;
    if (i < cps.length && (cps[i] === "," || cps[i] === "_")) raise(E.ValueError, "Cannot specify both ',' and '_'.");
  }
  if (i < cps.length && cps[i] === ".") {
    i++;
    s.precision = digits();
    if (s.precision < 0) raise(E.ValueError, "Format specifier missing precision");
  }
  if (cps.length - i > 1) raise(E.ValueError, `Invalid format specifier '${spec}' for object of type '${tname}'`);
  if (i < cps.length) s.type = cps[i]!;
  if (s.grouping !== "") {
    const t = s.type;
    const ok = s.grouping === "," ? "deEfFgG%".includes(t) || t === "" : "bdoxXeEfFgG%".includes(t) || t === "";
    if (!ok || t === "n") raise(E.ValueError, `Cannot specify '${s.grouping}' with '${t}'.`);
  }
  return s;
}

function group(digits: string, sep: string, every: number): string {
  if (!sep) return digits;
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

/** Pads sign+prefix+body to the width; '=' puts the fill after the sign and prefix. */
function pad(body: string, prefix: string, s: Spec, defaultAlign: string): string {
  const align = s.align || defaultAlign;
  const len = [...body].length + prefix.length;
  if (s.width <= len) return prefix + body;
  const n = s.width - len;
  switch (align) {
    case "<":
      return prefix + body + s.fill.repeat(n);
    case "^":
      return s.fill.repeat(n >> 1) + prefix + body + s.fill.repeat(n - (n >> 1));
    case "=":
      return prefix + s.fill.repeat(n) + body;
    default:
      return s.fill.repeat(n) + prefix + body;
  }
}

/**
 * A number's digits (integer part, then the rest: fraction, exponent, '%') laid out with its
 * sign and prefix: grouping, and zero padding that continues the grouping.
 */
function layoutNumber(intPart: string, rest: string, signPrefix: string, s: Spec, every: number): string {
  let grouped = group(intPart, s.grouping, every);
  if (s.align === "=" && s.fill === "0" && s.grouping !== "" && s.width > 0) {
    // zero padding is part of the number: the zeros are grouped too
    let raw = intPart;
    while (signPrefix.length + grouped.length + rest.length < s.width) {
      raw = "0" + raw;
      grouped = group(raw, s.grouping, every);
    }
    return signPrefix + grouped + rest;
  }
  return pad(grouped + rest, signPrefix, s, ">");
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
}

export function formatIntSpec(v: number | bigint, s: Spec, tname: string): string {
  if ("eEfFgG%".includes(s.type) && s.type !== "") return formatFloatSpec(Number(v), s, tname);
  if (s.precision >= 0) raise(E.ValueError, "Precision not allowed in integer format specifier");
  if (s.z) raise(E.ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
  const neg = v < 0;
  const a = neg ? -v : v;
  let digits: string;
  let prefix = "";
  let every = 3;
  switch (s.type) {
    case "x":
    case "X":
      digits = a.toString(16);
      if (s.type === "X") digits = digits.toUpperCase();
      if (s.alt) prefix = s.type === "X" ? "0X" : "0x";
      every = 4;
      break;
    case "o":
      digits = a.toString(8);
      if (s.alt) prefix = "0o";
      every = 4;
      break;
    case "b":
      digits = a.toString(2);
      if (s.alt) prefix = "0b";
      every = 4;
      break;
    case "c": {
      if (s.sign !== "") raise(E.ValueError, "Sign not allowed with integer format specifier 'c'");
      if (s.alt) raise(E.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
      const n = Number(v);
      if (n < 0 || n > 0x10ffff) raise(E.OverflowError, "%c arg not in range(0x110000)");
      return pad(String.fromCodePoint(n), "", s, "<");
    }
    case "":
    case "d":
    case "n":
      digits = typeof a === "bigint" ? intToDecimal(a) : String(a);
      break;
    default:
      return raise(E.ValueError, `Unknown format code '${s.type}' for object of type '${tname}'`);
  }
  return layoutNumber(digits, "", signOf(neg, s) + prefix, s, every);
}

export function formatFloatSpec(x: number, s: Spec, tname: string): string {
  if (s.type !== "" && !"eEfFgGn%".includes(s.type)) raise(E.ValueError, `Unknown format code '${s.type}' for object of type '${tname}'`);
  let neg = x < 0 || Object.is(x, -0);
  let body: string;
  if (s.type === "" && s.precision < 0) body = reprFloatJs(Math.abs(x));
  else body = formatFloatFixed(Math.abs(x), s.type === "n" ? "g" : s.type, s.precision, s.alt);
  if (Number.isNaN(x)) neg = false;
  if (s.z && neg && !/[1-9]/.test(body.replace(/e.*$/i, ""))) neg = false; // 'z': no negative zero after rounding
  const m = /^(\d*)(.*)$/s.exec(body)!;
  return layoutNumber(m[1]!, m[2]!, signOf(neg, s), s, 3);
}

export function formatStrSpec(t: string, s: Spec): string {
  if (s.type !== "" && s.type !== "s") raise(E.ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== "") raise(E.ValueError, "Sign not allowed in string format specifier");
  if (s.z) raise(E.ValueError, "Negative zero coercion (z) not allowed in string format specifier");
  if (s.grouping !== "") raise(E.ValueError, `Cannot specify '${s.grouping}' with 's'.`);
  if (s.alt) raise(E.ValueError, "Alternate form (#) not allowed in string format specifier");
  if (s.align === "=") {
    if (s.zero && s.fill === "0") s.align = "<";
    else raise(E.ValueError, "'=' alignment not allowed in string format specifier");
  }
  if (s.precision >= 0) t = [...t].slice(0, s.precision).join("");
  return pad(t, "", s, "<");
}

/** format(value, spec) as a JS string. May run Python code (__format__, __str__). */
export function formatJs(w: number, specStr: string): string {
  const k = kindOf(w);
  const tname = typeName(w);
  if (k === L.L_INT || k === L.L_LONG || k === L.L_BOOL) {
    if (specStr === "") return strJs(w);
    return formatIntSpec(intValue(w), parseSpec(specStr, tname), tname);
  }
  if (k === L.L_FLOAT) {
    if (specStr === "") return strJs(w);
    return formatFloatSpec(loadF64(w, L.FLOAT_VALUE), parseSpec(specStr, tname), tname);
  }
  if (k === L.L_STR) {
    if (specStr === "") return strToJs(w);
    return formatStrSpec(strToJs(w), parseSpec(specStr, tname));
  }
  if (isUserObject(w)) return userFormat(w, specStr, formatJs);
  if (specStr !== "") raise(E.TypeError, `unsupported format string passed to ${typeName(w)}.__format__`);
  return strJs(w);
}
