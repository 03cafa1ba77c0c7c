// Character-name lookup for "\N{...}" escapes in string literals, matching CPython 3.11's
// unicodedata getcode (Unicode 14.0): table names and name aliases match case-insensitively;
// "CJK UNIFIED IDEOGRAPH-XXXX" and "HANGUL SYLLABLE XXX" are computed and case-sensitive,
// as in CPython. Named sequences are not accepted.
//
// The table (unicode-names-data.ts, ~140 KB of base64) is inflated on the first lookup only,
// so start-up never pays for it.

import { CJK_UNIFIED_RANGES, UNICODE_NAMES_DEFLATED } from "./unicode-names-data.js";

let nameTable: Map<string, number> | null = null;

function loadNameTable(): Map<string, number> {
  // zlib loaded on first use: most programs never name a character, and start-up pays for every module
  const text = process.getBuiltinModule("node:zlib").inflateRawSync(Buffer.from(UNICODE_NAMES_DEFLATED, "base64")).toString("latin1");
  const table = new Map<string, number>();
  let cp = -1;
  let prevName = "";
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf("\n", pos);
    if (end < 0) end = text.length;
    let start = pos;
    if (text.charCodeAt(pos) === 126 /* ~ */) {
      const semi = text.indexOf(";", pos);
      cp += parseInt(text.slice(pos + 1, semi), 16);
      start = semi + 1;
    } else {
      cp += 1;
    }
    const shared = text.charCodeAt(start) - 48;
    const name = prevName.slice(0, shared) + text.slice(start + 1, end);
    table.set(name, cp);
    prevName = name;
    pos = end + 1;
  }
  return table;
}

const HANGUL_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const HANGUL_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const HANGUL_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

/** CPython's find_syllable: the longest jamo short name at `pos`, as [index, length]. */
function findSyllable(name: string, pos: number, table: readonly string[]): [number, number] {
  let best = -1;
  let bestLen = -1;
  for (let i = 0; i < table.length; i++) {
    const s = table[i]!;
    if (s.length <= bestLen) continue;
    if (name.startsWith(s, pos)) {
      bestLen = s.length;
      best = i;
    }
  }
  return [best, bestLen < 0 ? 0 : bestLen];
}

function hangulSyllable(name: string): number {
  let pos = 16;
  const [l, ll] = findSyllable(name, pos, HANGUL_L);
  pos += ll;
  const [v, vl] = findSyllable(name, pos, HANGUL_V);
  pos += vl;
  const [t, tl] = findSyllable(name, pos, HANGUL_T);
  pos += tl;
  if (l < 0 || v < 0 || t < 0 || pos !== name.length) return -1;
  return 0xac00 + (l * 21 + v) * 28 + t;
}

function cjkUnifiedIdeograph(name: string): number {
  const hex = name.length - 22;
  if (hex !== 4 && hex !== 5) return -1;
  let v = 0;
  for (let i = 22; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 48 && c <= 57) v = v * 16 + (c - 48);
    else if (c >= 65 && c <= 70) v = v * 16 + (c - 55);
    else return -1;
  }
  for (const [lo, hi] of CJK_UNIFIED_RANGES) if (v >= lo && v <= hi) return v;
  return -1;
}

/** The code point named `name` (as written between the braces of \N{...}), or -1. */
export function lookupUnicodeName(name: string): number {
  if (name.startsWith("HANGUL SYLLABLE ")) return hangulSyllable(name);
  if (name.startsWith("CJK UNIFIED IDEOGRAPH-")) return cjkUnifiedIdeograph(name);
  nameTable ??= loadNameTable();
  // Table names are upper-case ASCII; CPython compares with the input upper-cased (ASCII only).
  let upper = "";
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 128) return -1;
    upper += c >= 97 && c <= 122 ? String.fromCharCode(c - 32) : name[i];
  }
  return nameTable.get(upper) ?? -1;
}
