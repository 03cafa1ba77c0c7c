/*
 * bytesmethods.ts — bytes methods: decode (utf-8, ascii, latin-1 with strict/ignore/replace
 * errors, CPython's UnicodeDecodeError messages) and hex.
 */

import { valueOf } from "./classes.js";
import { E, EXC, raise } from "./exceptions.js";
import { isUserObject } from "./classes.js";
import * as L from "./layouts.js";
import { bytesRepr, newByteArray, newBytes } from "./objects/bytes.js";
import { getHandle, loadRef, popHandles, pushHandle, storeRef } from "../gc/index.js";
import { noneRef } from "./state.js";
import { intValue, newInt } from "./objects/int.js";
import { newListFrom } from "./objects/list.js";
import { kindOf } from "./ops/compare.js";
import { iterToArray, newSeqIter } from "./ops/iter.js";
import { findMethod, typeName, typeOf } from "./types.js";
import { bytesData } from "./objects/bytes.js";
import { newStr, strToJs } from "./objects/str.js";
import { type BuiltinFn, addMethods } from "./types.js";
import { T_BYTEARRAY, T_BYTES } from "./typetable.js";

const CODECS: Record<string, string> = { "utf-8": "utf-8", utf8: "utf-8", u8: "utf-8", ascii: "ascii", "us-ascii": "ascii", "latin-1": "latin-1", latin1: "latin-1", "iso-8859-1": "latin-1", l1: "latin-1" };

export function codecName(w: number | undefined): string {
  if (w === undefined) return "utf-8";
  const n = strToJs(valueOf(w)).toLowerCase().replace(/_/g, "-");
  const c = CODECS[n];
  if (c === undefined) raise(EXC.LookupError!, `unknown encoding: ${strToJs(valueOf(w))}`);
  return c;
}

/** Length of the UTF-8 sequence starting at i, or the reason it is invalid. */
function utf8Seq(b: Uint8Array, i: number): number | string {
  const c = b[i]!;
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (n === 0) return "invalid start byte";
  for (let k = 1; k < n; k++) {
    if (i + k >= b.length) return "unexpected end of data";
    const x = b[i + k]!;
    let lo = 0x80;
    let hi = 0xbf;
    if (k === 1 && c === 0xe0) lo = 0xa0;
    if (k === 1 && c === 0xed) hi = 0x9f;
    if (k === 1 && c === 0xf0) lo = 0x90;
    if (k === 1 && c === 0xf4) hi = 0x8f;
    if (x < lo || x > hi) return "invalid continuation byte";
  }
  return n;
}

function decode(b: Uint8Array, codec: string, errors: string): string {
  let out = "";
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    let n: number | string;
    if (codec === "latin-1") n = 1;
    else if (codec === "ascii") n = c < 0x80 ? 1 : "ordinal not in range(128)";
    else n = utf8Seq(b, i);
    if (typeof n === "number") {
      out += codec === "utf-8" ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(b.subarray(i, i + n)) : String.fromCharCode(c);
      i += n;
      continue;
    }
    if (errors === "ignore") i++;
    else if (errors === "replace") {
      out += "\ufffd";
      i++;
    } else {
      const end = n === "unexpected end of data" ? b.length : i + 1;
      const what = end - i > 1 ? `bytes in position ${i}-${end - 1}` : `byte 0x${c.toString(16).padStart(2, "0")} in position ${i}`;
      raise(EXC.UnicodeDecodeError!, `'${codec === "utf-8" ? "utf-8" : codec === "ascii" ? "ascii" : "latin-1"}' codec can't decode ${what}: ${n}`);
    }
  }
  return out;
}

const ITERABLE = new Set([L.L_LIST, L.L_TUPLE, L.L_DICT, L.L_SET, L.L_FROZENSET, L.L_RANGE, L.L_GENERATOR, L.L_STR]);

/** str -> bytes in one of the codecs decode knows; errors: strict, ignore or replace ('?'). */
export function encodeText(text: string, codec: string, errors: string): Uint8Array {
  if (codec === "utf-8") return new TextEncoder().encode(text);
  const limit = codec === "ascii" ? 128 : 256;
  const out: number[] = [];
  let pos = 0;
  for (const c of text) {
    const cp = c.codePointAt(0)!;
    if (cp < limit) out.push(cp);
    else if (errors === "replace") out.push(0x3f);
    else if (errors !== "ignore") {
      const esc = cp < 256 ? "x" + cp.toString(16).padStart(2, "0") : cp < 65536 ? "u" + cp.toString(16).padStart(4, "0") : "U" + cp.toString(16).padStart(8, "0");
      raise(EXC.UnicodeEncodeError!, `'${codec}' codec can't encode character '\\${esc}' in position ${pos}: ordinal not in range(${limit})`);
    }
    pos++;
  }
  return Uint8Array.from(out);
}

/** bytes(), bytes(n), bytes(iterable of ints), bytes(str, encoding), bytes(bytes). */
function bytesConstruct(args: number[], kw: Map<string, number> | null): number {
  const src = args[0] ?? kw?.get("source");
  if (src === undefined) return newBytes(new Uint8Array(0));
  const v = valueOf(src);
  const k = kindOf(v);
  const enc = args[1] ?? kw?.get("encoding");
  if (k === L.L_STR) {
    if (enc === undefined) raise(E.TypeError, "string argument without an encoding");
    return newBytes(encodeText(strToJs(v), codecName(enc), "strict"));
  }
  if (enc !== undefined) raise(E.TypeError, "encoding without a string argument");
  if (k === L.L_BYTES) return v;
  if (k === L.L_BYTEARRAY) return newBytes(bytesData(loadRef(v, L.BYTEARRAY_DATA)));
  if (k === L.L_INT || k === L.L_BOOL || k === L.L_LONG) {
    const n = Number(intValue(v));
    if (n < 0) raise(E.ValueError, "negative count");
    return newBytes(new Uint8Array(n));
  }
  if (k === L.L_FLOAT || k === L.L_NONE || (!isUserObject(src) && findMethod(typeOf(src), "__iter__") < 0 && !ITERABLE.has(k))) {
    raise(E.TypeError, `cannot convert '${typeName(src)}' object to bytes`);
  }
  const items = iterToArray(src);
  const out = new Uint8Array(items.length);
  items.forEach((x, i) => {
    const xv = valueOf(x);
    const xk = kindOf(xv);
    if (xk !== L.L_INT && xk !== L.L_BOOL && xk !== L.L_LONG) raise(E.TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    const b = intValue(xv);
    if (b < 0 || b > 255) raise(E.ValueError, "bytes must be in range(0, 256)");
    out[i] = Number(b);
  });
  return newBytes(out);
}
T_BYTES.construct = bytesConstruct;
T_BYTEARRAY.construct = (args, kw) => newByteArray(bytesConstruct(args, kw));

const data = (ba: number) => loadRef(ba, L.BYTEARRAY_DATA);

/** One byte value from an int argument (CPython's messages). */
function byteArg(w: number): number {
  const v = valueOf(w);
  const k = kindOf(v);
  if (k !== L.L_INT && k !== L.L_BOOL && k !== L.L_LONG) raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
  const b = intValue(v);
  if (b < 0 || b > 255) raise(E.ValueError, "byte must be in range(0, 256)");
  return Number(b);
}

function setData(ba: number, bytes: Uint8Array): number {
  storeRef(ba, L.BYTEARRAY_DATA, newBytes(bytes));
  return noneRef();
}

/** The `errors` argument of encode/decode: "strict" when absent. */
export function errorsArg(w: number | undefined): string {
  return w === undefined ? "strict" : strToJs(valueOf(w));
}

/** decode and hex, for bytes and bytearray alike: `bytesOf` reads the receiver's bytes. */
function readMethods(bytesOf: (self: number) => Uint8Array): Record<string, BuiltinFn> {
  return {
    decode: ([self, enc, errs], kw) => newStr(decode(bytesOf(self!), codecName(enc ?? kw?.get("encoding")), errorsArg(errs ?? kw?.get("errors")))),
    hex: ([self]) => newStr([...bytesOf(self!)].map((x) => x.toString(16).padStart(2, "0")).join("")),
  };
}

addMethods(T_BYTEARRAY, {
  __repr__: ([self]) => newStr(`bytearray(${bytesRepr(bytesData(data(self!)), true)})`),
  __iter__: ([self]) => newSeqIter(newListFrom([...bytesData(data(self!))].map((b) => newInt(b))), 0),
  ...readMethods((self) => bytesData(data(self))),
  append: ([self, x]) => setData(self!, Uint8Array.from([...bytesData(data(self!)), byteArg(x!)])),
  extend: ([self, it]) => {
    const h = pushHandle(self!); // iterating may run Python code
    try {
      const more = bytesData(bytesConstruct([it!], null));
      return setData(getHandle(h), Uint8Array.from([...bytesData(data(getHandle(h))), ...more]));
    } finally {
      popHandles(h);
    }
  },
  pop: ([self]) => {
    const b = bytesData(data(self!));
    if (b.length === 0) raise(E.IndexError, "pop from empty bytearray");
    setData(self!, b.subarray(0, b.length - 1));
    return newInt(b[b.length - 1]!);
  },
  clear: ([self]) => setData(self!, new Uint8Array(0)),
});


addMethods(T_BYTES, {
  __iter__: ([self]) => newSeqIter(newListFrom([...bytesData(valueOf(self!))].map((b) => newInt(b))), 0),
  ...readMethods((self) => bytesData(valueOf(self))),
});
