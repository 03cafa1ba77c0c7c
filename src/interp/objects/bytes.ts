/*
 * bytes.ts — bytes objects: a length and the bytes inline (layout py.Bytes). The basics the
 * file objects need: making one from JS bytes, reading one back, repr as CPython writes it.
 */

import { allocFixed, allocVar, initRef, loadU8, storeU8, varLength } from "../../gc/index.js";
import { BYTEARRAY_DATA, BYTES_DATA, L_BYTEARRAY, L_BYTES } from "../layouts.js";

export function newBytes(b: Uint8Array): number {
  const r = allocVar(L_BYTES, b.length);
  for (let i = 0; i < b.length; i++) storeU8(r, BYTES_DATA + i, b[i]!);
  return r;
}

/** A bytearray holding the bytes object `data`. */
export function newByteArray(data: number): number {
  const r = allocFixed(L_BYTEARRAY);
  initRef(r, BYTEARRAY_DATA, data);
  return r;
}

export function bytesLen(r: number): number {
  return varLength(r);
}

/** A copy of the object's bytes. */
export function bytesData(r: number): Uint8Array {
  const n = varLength(r);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = loadU8(r, BYTES_DATA + i);
  return out;
}

export function bytesEqual(a: number, b: number): boolean {
  const n = varLength(a);
  if (n !== varLength(b)) return false;
  for (let i = 0; i < n; i++) if (loadU8(a, BYTES_DATA + i) !== loadU8(b, BYTES_DATA + i)) return false;
  return true;
}

/** The bytes as a one-char-per-byte JS string (CPython hashes bytes like the latin-1 str). */
export function bytesLatin1(r: number): string {
  let s = "";
  const n = varLength(r);
  for (let i = 0; i < n; i++) s += String.fromCharCode(loadU8(r, BYTES_DATA + i));
  return s;
}

/** b'...' with CPython's choice of quotes and escapes. */
export function bytesRepr(b: Uint8Array, bytearray = false): string {
  // both pick " when the bytes hold ' but no "; bytearray's repr still escapes every '
  const quote = b.includes(39) && !b.includes(34) ? '"' : "'";
  let out = "b" + quote;
  for (const c of b) {
    if (c === quote.charCodeAt(0) || c === 92 || (bytearray && c === 39)) out += "\\" + String.fromCharCode(c);
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c < 32 || c >= 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + quote;
}
