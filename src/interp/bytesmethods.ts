/*
 * bytesmethods.ts — bytes methods: decode (utf-8, ascii, latin-1 with strict/ignore/replace
 * errors, CPython's UnicodeDecodeError messages) and hex.
 */

import { valueOf } from "./classes.js";
import { EXC, raise } from "./exceptions.js";
import { bytesData } from "./objects/bytes.js";
import { newStr, strToJs } from "./objects/str.js";
import { addMethods } from "./types.js";
import { T_BYTES } from "./typetable.js";

const CODECS: Record<string, string> = { "utf-8": "utf-8", utf8: "utf-8", u8: "utf-8", ascii: "ascii", "us-ascii": "ascii", "latin-1": "latin-1", latin1: "latin-1", "iso-8859-1": "latin-1", l1: "latin-1" };

function codecName(w: number | undefined): string {
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
      out += codec === "utf-8" ? new TextDecoder().decode(b.subarray(i, i + n)) : String.fromCharCode(c);
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

addMethods(T_BYTES, {
  decode: ([self, enc, errs], kw) => {
    const codec = codecName(enc ?? kw?.get("encoding"));
    const e = errs ?? kw?.get("errors");
    return newStr(decode(bytesData(valueOf(self!)), codec, e === undefined ? "strict" : strToJs(valueOf(e))));
  },
  hex: ([self]) => newStr([...bytesData(valueOf(self!))].map((x) => x.toString(16).padStart(2, "0")).join("")),
});
