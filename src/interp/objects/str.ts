/*
 * str.ts — Python str in the heap: one i32 per code point (layout py.Str).
 *
 * Why code points: indexing and slicing are O(1) with no index structure, every str the
 * frontend can produce is representable (including lone surrogates, which a JS string cannot
 * always keep apart: see CodePointStr in src/frontend/constants.ts), and a trace reads a
 * character with one load. The cost is 4 bytes per character; a Latin-1 (u8) form beside it is
 * the planned refinement (PEP 393's idea), behind the same functions.
 *
 * The hash is cached in the object: 0 means "not computed yet", and the hash function never
 * produces 0. str methods that are not on a fast path work on a JS string decoded for one call
 * (strToJs) and encode their result back (newStr); no JS string outlives the call.
 */

import { I32, allocVar, loadI32, storeI32, varLength } from "../../gc/index.js";
import type { StrConstant } from "../../frontend/constants.js";
import { L_STR, STR_CHARS, STR_HASH } from "../layouts.js";

export function newStrFromCodePoints(cps: ArrayLike<number>): number {
  const r = allocVar(L_STR, cps.length);
  for (let i = 0; i < cps.length; i++) storeI32(r, STR_CHARS + 4 * i, cps[i]!);
  return r;
}

/** A str from a JS string: its code points as JS reads them (surrogate pairs join). */
export function newStr(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  const r = allocVar(L_STR, n);
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    storeI32(r, STR_CHARS + 4 * k++, c);
  }
  return r;
}

export function newStrConstant(v: StrConstant): number {
  return typeof v === "string" ? newStr(v) : newStrFromCodePoints(v.codePoints);
}

export function strLen(s: number): number {
  return varLength(s);
}

export function strCharAt(s: number, i: number): number {
  return loadI32(s, STR_CHARS + 4 * i);
}

export function strCodePoints(s: number): number[] {
  const n = varLength(s);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = loadI32(s, STR_CHARS + 4 * i);
  return out;
}

/** The str as a JS string (for one call's worth of residual work). */
export function strToJs(s: number): string {
  const n = varLength(s);
  let out = "";
  let chunk: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = loadI32(s, STR_CHARS + 4 * i);
    if (c < 0x10000) chunk.push(c);
    else chunk.push(0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff));
    if (chunk.length >= 4096) {
      out += String.fromCharCode(...chunk);
      chunk = [];
    }
  }
  return out + String.fromCharCode(...chunk);
}

/** Does the str hold a character outside the BMP (so JS string indexes differ from ours)? */
export function strHasAstral(s: number): boolean {
  const n = varLength(s);
  for (let i = 0; i < n; i++) if (loadI32(s, STR_CHARS + 4 * i) >= 0x10000) return true;
  return false;
}

export function strHash(s: number): number {
  const cached = loadI32(s, STR_HASH);
  if (cached !== 0) return cached;
  // FNV-1a over the code points; never 0 (0 marks "not computed").
  let h = 0x811c9dc5 | 0;
  const n = varLength(s);
  for (let i = 0; i < n; i++) {
    h ^= loadI32(s, STR_CHARS + 4 * i);
    h = Math.imul(h, 0x01000193);
  }
  if (h === 0 || h === -1) h = 0x2545f491;
  storeI32(s, STR_HASH, h);
  return h;
}

export function strEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const n = varLength(a);
  if (n !== varLength(b)) return false;
  const ha = loadI32(a, STR_HASH);
  const hb = loadI32(b, STR_HASH);
  if (ha !== 0 && hb !== 0 && ha !== hb) return false;
  for (let i = 0; i < n; i++) if (loadI32(a, STR_CHARS + 4 * i) !== loadI32(b, STR_CHARS + 4 * i)) return false;
  return true;
}

/** <0, 0, >0 by code points (Python's str ordering). */
export function strCompare(a: number, b: number): number {
  const na = varLength(a);
  const nb = varLength(b);
  const n = Math.min(na, nb);
  for (let i = 0; i < n; i++) {
    const d = loadI32(a, STR_CHARS + 4 * i) - loadI32(b, STR_CHARS + 4 * i);
    if (d !== 0) return d;
  }
  return na - nb;
}

/** Copies n code points of src from index i to dst at index j (a memmove; read I32 afresh after allocating). */
function copyChars(dst: number, j: number, src: number, i: number, n: number): void {
  const from = (src + STR_CHARS) >> 2;
  I32.copyWithin(((dst + STR_CHARS) >> 2) + j, from + i, from + i + n);
}

export function strConcat(a: number, b: number): number {
  const na = varLength(a);
  const nb = varLength(b);
  const r = allocVar(L_STR, na + nb);
  copyChars(r, 0, a, 0, na);
  copyChars(r, na, b, 0, nb);
  return r;
}

/** sep.join(items) for items that are all strs (the caller checks). */
export function strJoin(sep: number, items: readonly number[]): number {
  const ns = varLength(sep);
  let total = items.length > 0 ? ns * (items.length - 1) : 0;
  for (const x of items) total += varLength(x);
  const r = allocVar(L_STR, total); // never collects: the items stay where they are
  let at = 0;
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && ns > 0) {
      copyChars(r, at, sep, 0, ns);
      at += ns;
    }
    const n = varLength(items[i]!);
    copyChars(r, at, items[i]!, 0, n);
    at += n;
  }
  return r;
}

export function strSlice(s: number, start: number, step: number, count: number): number {
  const r = allocVar(L_STR, count);
  if (step === 1) {
    copyChars(r, 0, s, start, count);
    return r;
  }
  for (let i = 0, j = start; i < count; i++, j += step) storeI32(r, STR_CHARS + 4 * i, loadI32(s, STR_CHARS + 4 * j));
  return r;
}

export function strRepeat(s: number, times: number): number {
  const n = varLength(s);
  const r = allocVar(L_STR, n * times);
  for (let t = 0; t < times; t++) copyChars(r, t * n, s, 0, n);
  return r;
}
