/*
 * strmethods.ts — str's methods: character class predicates, casefold, expandtabs,
 * removeprefix/suffix, maketrans/translate, then the common ones (search, split, strip, pad,
 * case, join, format, encode).
 */

import { getHandle, getRoot, handleMark, isTaggedInt, popHandles, pushHandle, setRoot } from "../gc/index.js";
import { valueOf } from "./classes.js";
import { E, EXC, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictSet, entries, newDict } from "./objects/dict.js";
import { intValue, layoutOf, newInt } from "./objects/int.js";
import { codecName, encodeText, errorsArg } from "./bytesmethods.js";
import { newBytes } from "./objects/bytes.js";
import { newListFrom } from "./objects/list.js";
import { newStr, strCharAt, strCodePoints, strJoin, strLen, strToJs } from "./objects/str.js";
import { newTuple, tupleItems } from "./objects/tuple.js";
import { kindOf, truthy } from "./ops/compare.js";
import { strFormat } from "./ops/format.js";
import { iterToArray } from "./ops/iter.js";
import { cpAffix, cpCount, cpFind, searchWindow } from "./ops/strsearch.js";
import { asIndex, getItemSlow } from "./ops/items.js";
import { PENDING, ROOT_EXC, boolRef, noneRef } from "./state.js";
import { addMethods, isInstance, typeName } from "./types.js";
import { T_STR } from "./typetable.js";

const s = (w: number) => strToJs(valueOf(w));

function strArg(w: number | undefined, msg: (t: string) => string): string {
  const v = w === undefined ? undefined : valueOf(w);
  if (v === undefined || kindOf(v) !== L.L_STR) raise(E.TypeError, msg(w === undefined ? "nothing" : typeName(w)));
  return strToJs(v);
}

/** An integer argument through __index__ (CPython's message for anything else). */
function indexArg(w: number): number {
  const v = asIndex(w);
  const k = kindOf(v);
  if (k !== L.L_INT && k !== L.L_LONG && k !== L.L_BOOL) raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
  return Number(intValue(v));
}

const isCased = (c: string) => /[\p{Lowercase}\p{Uppercase}\p{Lt}]/u.test(c);
const isUpperOrTitle = (c: string) => /[\p{Uppercase}\p{Lt}]/u.test(c);

/** CPython's istitle: cased runs start upper/titlecase and continue lowercase; some cased char. */
function isTitle(t: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const c of t) {
    if (isUpperOrTitle(c)) {
      if (prevCased) return false;
      prevCased = cased = true;
    } else if (/\p{Lowercase}/u.test(c)) {
      if (!prevCased) return false;
      prevCased = cased = true;
    } else prevCased = isCased(c);
  }
  return cased;
}

function expandTabs(t: string, size: number): string {
  let out = "";
  let col = 0;
  for (const c of t) {
    if (c === "\t") {
      if (size > 0) {
        const n = size - (col % size);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += c;
      col = c === "\n" || c === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

/** str.maketrans(x[, y[, z]]): a dict from code points to code points, strings or None. */
function makeTrans(x: number, y: number | undefined, z: number | undefined): number {
  const d = newDict();
  if (y === undefined) {
    if (kindOf(x) !== L.L_DICT) raise(E.TypeError, "if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of entries(valueOf(x))) {
      const kk = valueOf(k);
      if (kindOf(kk) === L.L_STR) {
        const cs = [...strToJs(kk)];
        if (cs.length !== 1) raise(E.ValueError, "string keys in translate table must be of length 1");
        dictSet(d, newInt(cs[0]!.codePointAt(0)!), v);
      } else if (isTaggedInt(kk) || layoutOf(kk) === L.L_INT || layoutOf(kk) === L.L_LONG) dictSet(d, kk, v);
      else raise(E.TypeError, "keys in translate table must be strings or integers");
    }
    return d;
  }
  const from = [...strArg(x, () => "first maketrans argument must be a string if there is a second argument")];
  const to = [...strArg(y, () => "second maketrans argument must be a string")];
  if (from.length !== to.length) raise(E.ValueError, "the first two maketrans arguments must have equal length");
  from.forEach((c, i) => dictSet(d, newInt(c.codePointAt(0)!), newInt(to[i]!.codePointAt(0)!)));
  if (z !== undefined) for (const c of strArg(z, () => "third maketrans argument must be a string")) dictSet(d, newInt(c.codePointAt(0)!), noneRef());
  return d;
}

/** str.translate: table[ord(c)] for each character; a LookupError keeps the character. */
function translate(self: number, table: number): string {
  const chars = [...s(self)];
  const mark = handleMark();
  try {
    const ht = pushHandle(table);
    let out = "";
    for (const c of chars) {
      let r: number;
      try {
        r = getItemSlow(getHandle(ht), newInt(c.codePointAt(0)!));
      } catch (e) {
        if (e !== PENDING || !isInstance(getRoot(ROOT_EXC), EXC.LookupError!)) throw e;
        setRoot(ROOT_EXC, 0);
        out += c;
        continue;
      }
      if (r === noneRef()) continue;
      const v = valueOf(r);
      const k = kindOf(v);
      if (k === L.L_STR) out += strToJs(v);
      else if (k === L.L_INT || k === L.L_LONG || k === L.L_BOOL) {
        const n = intValue(v);
        if (n < 0n || n > 0x10ffffn) raise(E.ValueError, "character mapping must be in range(0x110000)");
        out += String.fromCodePoint(Number(n));
      } else raise(E.TypeError, "character mapping must return integer, None or str");
    }
    return out;
  } finally {
    popHandles(mark);
  }
}

addMethods(T_STR, {
  isidentifier: ([self]) => boolRef(/^[\p{XID_Start}_]\p{XID_Continue}*$/u.test(s(self!))),
  isascii: ([self]) => boolRef(/^[\0-\x7f]*$/.test(s(self!))),
  // printable: everything but the Other and Separator categories, except the space itself
  isprintable: ([self]) => boolRef(/^(?:[^\p{C}\p{Z}]| )*$/u.test(s(self!))),
  istitle: ([self]) => boolRef(isTitle(s(self!))),
  // full case folding is lowercasing after uppercasing for all but a few scripts (ß -> ss, ς -> σ)
  casefold: ([self]) => newStr([...s(self!)].map((c) => c.toUpperCase().toLowerCase()).join("")),
  expandtabs: ([self, n], kw) => {
    const w = n ?? kw?.get("tabsize");
    return newStr(expandTabs(s(self!), w === undefined ? 8 : indexArg(w)));
  },
  removeprefix: ([self, p]) => {
    const t = s(self!);
    const pre = strArg(p, (n) => `removeprefix() argument must be str, not ${n}`);
    return pre !== "" && t.startsWith(pre) ? newStr(t.slice(pre.length)) : valueOf(self!);
  },
  removesuffix: ([self, p]) => {
    const t = s(self!);
    const suf = strArg(p, (n) => `removesuffix() argument must be str, not ${n}`);
    return suf !== "" && t.endsWith(suf) ? newStr(t.slice(0, t.length - suf.length)) : valueOf(self!);
  },
  translate: ([self, table]) => newStr(translate(self!, table!)),
});

addMethods(T_STR, { maketrans: ([x, y, z]) => makeTrans(x!, y, z) }, "static");

// ---- the common methods

/** A str argument as a JS string; `what` names it in the TypeError. */
function strArgNamed(w0: number | undefined, what: string): string {
  const w = w0 === undefined ? w0 : valueOf(w0);
  if (w === undefined || kindOf(w) !== L.L_STR) raise(E.TypeError, `${what} must be str, not ${w === undefined ? "nothing" : typeName(w)}`);
  return strToJs(w);
}

/** An optional start/end argument: absent or None is null. */
function optIndex(w: number | undefined): number | null {
  return w === undefined || w === noneRef() ? null : indexArg(w);
}

/** The code points of a str argument (the needle of a search). */
function strArgCodePoints(w0: number | undefined, mustBe: string): number[] {
  const w = w0 === undefined ? w0 : valueOf(w0);
  if (w === undefined || kindOf(w) !== L.L_STR) raise(E.TypeError, `${mustBe}, not ${w === undefined ? "nothing" : typeName(w)}`);
  return strCodePoints(w);
}

/** A heap str read in place (searches make no call that could collect, so the raw ref holds). */
const charsOf = (self: number) => (i: number) => strCharAt(self, i);

/** str.startswith/endswith: any of the prefixes (a str or a tuple of them) at the window's start or end. */
function affixMatch(self: number, p: number, a: number | undefined, b: number | undefined, name: string, atEnd: boolean): boolean {
  const w = searchWindow(strLen(self), optIndex(a), optIndex(b));
  if (kindOf(p) !== L.L_TUPLE) return cpAffix(charsOf(self), strArgCodePoints(p, `${name} first arg must be str or a tuple of str`), w, atEnd);
  // CPython checks each prefix's type only when it reaches it: ("a", 1) matches "abc"
  for (const x of tupleItems(p)) {
    if (kindOf(valueOf(x)) !== L.L_STR) raise(E.TypeError, `tuple for ${name} must only contain str, not ${typeName(x)}`);
    if (cpAffix(charsOf(self), strCodePoints(valueOf(x)), w, atEnd)) return true;
  }
  return false;
}

function search(self: number, sub: number | undefined, a: number | undefined, b: number | undefined, fromRight: boolean): number {
  return cpFind(charsOf(self), strArgCodePoints(sub, "must be str"), searchWindow(strLen(self), optIndex(a), optIndex(b)), fromRight);
}

function found(i: number): number {
  if (i < 0) raise(E.ValueError, "substring not found");
  return i;
}


function split(s: string, sep: number | undefined, maxsplit: number, fromRight: boolean): number {
  let parts: string[];
  if (sep === undefined || sep === noneRef()) {
    const words = s.split(/[ \t\n\r\f\v\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/).filter((w) => w !== "");
    if (maxsplit < 0 || words.length <= maxsplit + 1) parts = words;
    else if (!fromRight) {
      // keep the remainder with its inner whitespace
      let rest = s.trimStart();
      parts = [];
      for (let i = 0; i < maxsplit; i++) {
        const m = /^(\S+)\s*/.exec(rest)!;
        parts.push(m[1]!);
        rest = rest.slice(m[0].length);
      }
      if (rest !== "") parts.push(rest.trimEnd() === rest ? rest : rest);
    } else {
      let rest = s.trimEnd();
      parts = [];
      for (let i = 0; i < maxsplit; i++) {
        const m = /\s*(\S+)$/.exec(rest)!;
        parts.unshift(m[1]!);
        rest = rest.slice(0, rest.length - m[0].length);
      }
      if (rest !== "") parts.unshift(rest);
    }
  } else {
    const sp = strArgNamed(sep, "must be str or None");
    if (sp === "") raise(E.ValueError, "empty separator");
    const all = s.split(sp);
    if (maxsplit < 0 || all.length <= maxsplit + 1) parts = all;
    else if (!fromRight) parts = [...all.slice(0, maxsplit), all.slice(maxsplit).join(sp)];
    else parts = [all.slice(0, all.length - maxsplit).join(sp), ...all.slice(all.length - maxsplit)];
  }
  return newListFrom(parts.map(newStr));
}

function stripChars(w: number | undefined): string | null {
  return w === undefined || w === noneRef() ? null : strToJs(w);
}

function strip(s: string, chars: string | null, left: boolean, right: boolean): string {
  const isStrip = (c: string) => (chars === null ? /\s/.test(c) : chars.includes(c));
  const cs = [...s];
  let i = 0;
  let j = cs.length;
  if (left) while (i < j && isStrip(cs[i]!)) i++;
  if (right) while (j > i && isStrip(cs[j - 1]!)) j--;
  return cs.slice(i, j).join("");
}

function padTo(s: string, width: number, fill: string, where: "l" | "r" | "c"): string {
  const n = [...s].length;
  if (width <= n) return s;
  const total = width - n;
  if (where === "l") return s + fill.repeat(total);
  if (where === "r") return fill.repeat(total) + s;
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}


addMethods(T_STR, {
  join: ([self, it]) => {
    const h = pushHandle(self!); // iterating may run Python code (a generator argument)
    try {
      const items = iterToArray(it!).map((x, i) => {
        const v = valueOf(x); // str subclass instances join by their value
        if (kindOf(v) !== L.L_STR) raise(E.TypeError, `sequence item ${i}: expected str instance, ${typeName(x)} found`);
        return v;
      });
      return strJoin(getHandle(h), items);
    } finally {
      popHandles(h);
    }
  },
  split: ([self, sep, max], kw) => split(s(self!), sep ?? kw?.get("sep"), max !== undefined ? indexArg(max) : kw?.get("maxsplit") ? indexArg(kw.get("maxsplit")!) : -1, false),
  rsplit: ([self, sep, max], kw) => split(s(self!), sep ?? kw?.get("sep"), max !== undefined ? indexArg(max) : kw?.get("maxsplit") ? indexArg(kw.get("maxsplit")!) : -1, true),
  strip: ([self, c]) => newStr(strip(s(self!), stripChars(c), true, true)),
  lstrip: ([self, c]) => newStr(strip(s(self!), stripChars(c), true, false)),
  rstrip: ([self, c]) => newStr(strip(s(self!), stripChars(c), false, true)),
  upper: ([self]) => newStr(s(self!).toUpperCase()),
  lower: ([self]) => newStr(s(self!).toLowerCase()),
  title: ([self]) => newStr(s(self!).toLowerCase().replace(/(^|[^a-zA-Z])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase())),
  capitalize: ([self]) => {
    const t = s(self!);
    return newStr(t.slice(0, 1).toUpperCase() + t.slice(1).toLowerCase());
  },
  swapcase: ([self]) => newStr([...s(self!)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join("")),
  replace: ([self, a, b, n]) => {
    const t = s(self!);
    const from = strArgNamed(a, "replace() argument 1");
    const to = strArgNamed(b, "replace() argument 2");
    let count = n === undefined ? -1 : indexArg(n);
    if (count < 0) return newStr(from === "" ? [...t].join(to).replace(/^/, to) + (t === "" ? "" : to) : t.split(from).join(to));
    let out = "";
    let rest = t;
    while (count-- > 0) {
      const i = rest.indexOf(from);
      if (i < 0) break;
      out += rest.slice(0, i) + to;
      rest = rest.slice(i + from.length);
    }
    return newStr(out + rest);
  },
  startswith: ([self, p, a, b]) => boolRef(affixMatch(self!, p!, a, b, "startswith", false)),
  endswith: ([self, p, a, b]) => boolRef(affixMatch(self!, p!, a, b, "endswith", true)),
  find: ([self, sub, a, b]) => newInt(search(self!, sub, a, b, false)),
  rfind: ([self, sub, a, b]) => newInt(search(self!, sub, a, b, true)),
  index: ([self, sub, a, b]) => newInt(found(search(self!, sub, a, b, false))),
  rindex: ([self, sub, a, b]) => newInt(found(search(self!, sub, a, b, true))),
  count: ([self, sub, a, b]) => {
    return newInt(cpCount(charsOf(self!), strArgCodePoints(sub, "must be str"), searchWindow(strLen(self!), optIndex(a), optIndex(b))));
  },
  isdigit: ([self]) => boolRef(/^[0-9\u00b2\u00b3\u00b9\u0660-\u0669]+$/u.test(s(self!))),
  isdecimal: ([self]) => boolRef(/^\p{Nd}+$/u.test(s(self!))),
  isnumeric: ([self]) => boolRef(/^\p{N}+$/u.test(s(self!))),
  isalpha: ([self]) => boolRef(/^\p{L}+$/u.test(s(self!))),
  isalnum: ([self]) => boolRef(/^[\p{L}\p{N}]+$/u.test(s(self!))),
  isspace: ([self]) => boolRef(/^\s+$/.test(s(self!))),
  // CPython: some cased character and none of the other case (titlecase counts as neither);
  // Uppercase/Lowercase are the derived properties (Ⅻ is Nl but Other_Uppercase)
  isupper: ([self]) => boolRef(/\p{Uppercase}/u.test(s(self!)) && !/[\p{Lowercase}\p{Lt}]/u.test(s(self!))),
  islower: ([self]) => boolRef(/\p{Lowercase}/u.test(s(self!)) && !/[\p{Uppercase}\p{Lt}]/u.test(s(self!))),
  zfill: ([self, w]) => {
    const t = s(self!);
    const width = indexArg(w!);
    const sign = t.startsWith("-") || t.startsWith("+") ? t[0]! : "";
    const body = sign ? t.slice(1) : t;
    return newStr(sign + body.padStart(width - sign.length, "0"));
  },
  center: ([self, w, f]) => newStr(padTo(s(self!), indexArg(w!), f ? s(f) : " ", "c")),
  ljust: ([self, w, f]) => newStr(padTo(s(self!), indexArg(w!), f ? s(f) : " ", "l")),
  rjust: ([self, w, f]) => newStr(padTo(s(self!), indexArg(w!), f ? s(f) : " ", "r")),
  partition: ([self, sepW]) => {
    const t = s(self!);
    const sep = strArgNamed(sepW, "must");
    const i = t.indexOf(sep);
    return newTuple(i < 0 ? [self!, newStr(""), newStr("")] : [newStr(t.slice(0, i)), sepW!, newStr(t.slice(i + sep.length))]);
  },
  rpartition: ([self, sepW]) => {
    const t = s(self!);
    const sep = strArgNamed(sepW, "must");
    const i = t.lastIndexOf(sep);
    return newTuple(i < 0 ? [newStr(""), newStr(""), self!] : [newStr(t.slice(0, i)), sepW!, newStr(t.slice(i + sep.length))]);
  },
  splitlines: ([self, keep]) => {
    const t = s(self!);
    const out: string[] = [];
    const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
    let last = 0;
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      out.push(t.slice(last, keep && truthy(keep) ? re.lastIndex : m.index));
      last = re.lastIndex;
    }
    if (last < t.length) out.push(t.slice(last));
    return newListFrom(out.map(newStr));
  },
  format: ([self, ...args], kw) => newStr(strFormat(s(self!), args, kw)),
  format_map: ([self, mapping]) => newStr(strFormat(s(self!), [], null, mapping!)),
  encode: ([self, enc, errs], kw) => newBytes(encodeText(s(self!), codecName(enc ?? kw?.get("encoding")), errorsArg(errs ?? kw?.get("errors")))),
});
