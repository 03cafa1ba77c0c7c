/*
 * strformat.ts — str.format and str.format_map.
 *
 * The format string is scanned once: `{{` and `}}` are literal braces; a replacement field is
 * `{field_name[!conversion][:spec]}` where field_name is an argument (empty: the next one,
 * automatic numbering; digits: positional; otherwise a keyword) followed by `.attr` and
 * `[key]` accessors (a key of digits is an int), and the spec may itself contain replacement
 * fields (two levels, as CPython allows). Errors and their messages are CPython's. The
 * arguments are kept in handles: getattr, getitem, __format__ and __str__ may run Python code.
 */

import { getHandle, handleMark, popHandles, pushHandle, setHandle } from "../../gc/index.js";
import { E, raise, raiseWith } from "../exceptions.js";
import { newInt } from "../objects/int.js";
import { newStr } from "../objects/str.js";
import { getAttrSlow } from "../ops/attrs.js";
import { getItemSlow } from "../ops/items.js";
import type { KwArgs } from "../types.js";
import { asciiJs, reprJs, strJs } from "./repr.js";
import { formatJs } from "./spec.js";

interface Args {
  /** Handle indexes of the positional arguments, and of the mapping or keyword values. */
  positional: number[];
  keyword: Map<string, number> | null;
  /** format_map: the mapping's handle (looked up with getitem), else -1. */
  mapping: number;
  auto: number; // next automatic index; -1 once manual numbering was used
  manual: boolean;
}

/** str.format(*args, **kw) of a JS format string. */
export function strFormat(fmt: string, args: readonly number[], kw: KwArgs | null, mapping = 0): string {
  const mark = handleMark();
  try {
    const a: Args = { positional: args.map((x) => pushHandle(x)), keyword: null, mapping: -1, auto: 0, manual: false };
    if (kw !== null) {
      a.keyword = new Map();
      for (const [k, v] of kw) a.keyword.set(k, pushHandle(v));
    }
    if (mapping !== 0) a.mapping = pushHandle(mapping);
    return render(fmt, a, 2);
  } finally {
    popHandles(mark);
  }
}

function render(fmt: string, a: Args, depth: number): string {
  if (depth <= 0) raise(E.ValueError, "Max string recursion exceeded");
  let out = "";
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const c = fmt[i]!;
    if (c === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      raise(E.ValueError, "Single '}' encountered in format string");
    }
    if (c !== "{") {
      out += c;
      i++;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    // a replacement field: find its closing brace. In the field name, brackets hold any
    // characters; after '!' the next character is the conversion whatever it is; after ':'
    // (the spec) braces nest.
    let j = i + 1;
    let nest = 1;
    let inSpec = false;
    for (; j < n; j++) {
      const d = fmt[j]!;
      if (!inSpec) {
        if (d === "[") {
          while (j < n && fmt[j] !== "]") j++;
          if (j >= n) break;
        } else if (d === "!") {
          if (j + 1 >= n) raise(E.ValueError, "end of string while looking for conversion specifier");
          inSpec = true;
          j++;
        } else if (d === ":") inSpec = true;
        else if (d === "{") raise(E.ValueError, "unexpected '{' in field name");
        else if (d === "}") break;
      } else if (d === "{") nest++;
      else if (d === "}" && --nest === 0) break;
    }
    if (j >= n) {
      if (i + 1 >= n) raise(E.ValueError, "Single '{' encountered in format string");
      raise(E.ValueError, inSpec ? "unmatched '{' in format spec" : "expected '}' before end of string");
    }
    out += renderField(fmt.slice(i + 1, j), a, depth);
    i = j + 1;
  }
  return out;
}

function renderField(field: string, a: Args, depth: number): string {
  // field name up to a top-level '!' or ':' (brackets may contain either)
  let k = 0;
  while (k < field.length && field[k] !== "!" && field[k] !== ":") {
    if (field[k] === "[") {
      while (k < field.length && field[k] !== "]") k++;
    }
    k++;
  }
  k = Math.min(k, field.length);
  const name = field.slice(0, k);
  let conv = "";
  let spec = "";
  if (field[k] === "!") {
    if (k + 1 >= field.length) raise(E.ValueError, "end of string while looking for conversion specifier");
    conv = field[k + 1]!;
    if (k + 2 < field.length && field[k + 2] !== ":") raise(E.ValueError, "expected ':' after conversion specifier");
    spec = field.slice(k + 3);
  } else if (field[k] === ":") spec = field.slice(k + 1);
  const h = pushHandle(resolveField(name, a));
  try {
    if (conv !== "") {
      let s: string;
      if (conv === "r") s = reprJs(getHandle(h));
      else if (conv === "s") s = strJs(getHandle(h));
      else if (conv === "a") s = asciiJs(getHandle(h));
      else return raise(E.ValueError, `Unknown conversion specifier ${conv}`);
      setHandle(h, newStr(s));
    }
    const specText = spec.includes("{") ? render(spec, a, depth - 1) : spec;
    return formatJs(getHandle(h), specText);
  } finally {
    popHandles(h);
  }
}

/** The object a field name designates: the argument, then its .attr / [key] accessors. */
function resolveField(name: string, a: Args): number {
  let m = /^[^.[]*/.exec(name)![0];
  let rest = name.slice(m.length);
  let obj: number;
  if (m === "") {
    if (a.manual) raise(E.ValueError, "cannot switch from manual field specification to automatic field numbering");
    const idx = a.auto++;
    obj = positional(a, idx);
  } else if (/^\d+$/.test(m)) {
    if (a.auto > 0) raise(E.ValueError, "cannot switch from automatic field numbering to manual field specification");
    a.manual = true;
    obj = positional(a, Number(m));
  } else if (a.mapping >= 0) {
    obj = getItemSlow(getHandle(a.mapping), newStr(m));
  } else {
    const hk = a.keyword?.get(m);
    if (hk === undefined) raiseWith(E.KeyError, newStr(m));
    obj = getHandle(hk);
  }
  while (rest !== "") {
    const h = pushHandle(obj);
    try {
      if (rest[0] === ".") {
        m = /^\.([^.[]*)/.exec(rest)![1]!;
        if (m === "") raise(E.ValueError, "Empty attribute in format string");
        rest = rest.slice(m.length + 1);
        obj = getAttrSlow(getHandle(h), newStr(m));
      } else {
        const close = rest.indexOf("]");
        if (close < 0) raise(E.ValueError, "Missing ']' in format string");
        const key = rest.slice(1, close);
        if (key === "") raise(E.ValueError, "Empty attribute in format string");
        rest = rest.slice(close + 1);
        if (rest !== "" && rest[0] !== "." && rest[0] !== "[") raise(E.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        obj = getItemSlow(getHandle(h), /^\d+$/.test(key) ? newInt(Number(key)) : newStr(key));
      }
    } finally {
      popHandles(h);
    }
  }
  return obj;
}

function positional(a: Args, idx: number): number {
  if (idx >= a.positional.length) raise(E.IndexError, `Replacement index ${idx} out of range for positional args tuple`);
  return getHandle(a.positional[idx]!);
}
