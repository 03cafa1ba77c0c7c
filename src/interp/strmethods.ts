/*
 * strmethods.ts — the rest of str's methods (the common ones are in builtins.ts): character
 * class predicates, casefold, expandtabs, removeprefix/suffix, maketrans/translate.
 */

import { getHandle, getRoot, handleMark, isTaggedInt, popHandles, pushHandle, setRoot } from "../gc/index.js";
import { valueOf } from "./classes.js";
import { E, EXC, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictSet, entries, newDict } from "./objects/dict.js";
import { intValue, layoutOf, newInt } from "./objects/int.js";
import { newStr, strToJs } from "./objects/str.js";
import { kindOf } from "./ops/compare.js";
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
