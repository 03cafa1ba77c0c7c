// Source bytes -> text, as CPython decodes a module: a UTF-8 BOM, or a PEP 263 coding cookie
// on line 1 or 2 (`# -*- coding: latin-1 -*-`), else UTF-8. Undecodable bytes are a
// SyntaxError carrying CPython's "(unicode error) ..." message.

import { PySyntaxError } from "./errors.js";

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/** CPython's get_normal_name(): canonical spelling of the common encodings. */
function normalName(name: string): string {
  const lower = name.toLowerCase().replace(/_/g, "-");
  if (lower === "utf-8" || lower.startsWith("utf-8-")) return "utf-8";
  if (lower === "latin-1" || lower === "iso-8859-1" || lower === "iso-latin-1" || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(lower)) return "iso-8859-1";
  return lower;
}

function firstLines(bytes: Uint8Array, start: number): [string, string] {
  let end1 = bytes.indexOf(10, start);
  if (end1 < 0) end1 = bytes.length;
  let end2 = bytes.indexOf(10, end1 + 1);
  if (end2 < 0) end2 = bytes.length;
  const latin = (a: number, b: number) => String.fromCharCode(...bytes.subarray(a, Math.min(b, a + 400)));
  return [latin(start, end1), end1 < bytes.length ? latin(end1 + 1, end2) : ""];
}

export function decodeSource(bytes: Uint8Array, filename: string): string {
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  const [l1, l2] = firstLines(bytes, start);
  let encoding = "utf-8";
  let m = COOKIE.exec(l1);
  if (!m && /^[ \t\f]*(#.*)?\r?$/.test(l1)) m = COOKIE.exec(l2);
  let cookieLine = 0;
  if (m) {
    encoding = normalName(m[1]!);
    cookieLine = COOKIE.test(l1) ? 1 : 2;
  }
  if (bom && encoding !== "utf-8") {
    throw new PySyntaxError("SyntaxError", `encoding problem: ${m![1]} with BOM`, filename, cookieLine, 0, null);
  }
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  } catch {
    throw new PySyntaxError("SyntaxError", `unknown encoding: ${m![1]}`, filename, cookieLine, 0, null);
  }
  try {
    return decoder.decode(bytes.subarray(start));
  } catch {
    if (encoding !== "utf-8") {
      throw new PySyntaxError("SyntaxError", `(unicode error) '${encoding}' codec can't decode bytes`, filename, 0, 0, null);
    }
    throw utf8Error(bytes, start, filename);
  }
}

/** Locates the first invalid UTF-8 sequence and describes it as CPython's codec does. */
function utf8Error(bytes: Uint8Array, start: number, filename: string): PySyntaxError {
  let i = start;
  let line = 1, lineStart = start;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 10) { line++; lineStart = i + 1; }
    if (b < 0x80) { i++; continue; }
    let need = 0, min = 0;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    const hex = b.toString(16).padStart(2, "0");
    const reason = (why: string) => {
      // CPython decodes line by line: the position is within the failing line.
      const msg = `(unicode error) 'utf-8' codec can't decode byte 0x${hex} in position ${i - lineStart}: ${why}`;
      return new PySyntaxError("SyntaxError", msg, filename, line, 0, null);
    };
    if (need === 0) return reason("invalid start byte");
    let cp = b & (0x3f >> need);
    for (let j = 1; j <= need; j++) {
      const c = bytes[i + j];
      if (c === undefined) return reason("unexpected end of data");
      if ((c & 0xc0) !== 0x80 || (j === 1 && ((b === 0xe0 && c < 0xa0) || (b === 0xed && c > 0x9f) || (b === 0xf0 && c < 0x90) || (b === 0xf4 && c > 0x8f)))) {
        return reason("invalid continuation byte");
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    void min;
    i += need + 1;
  }
  return new PySyntaxError("SyntaxError", "(unicode error) 'utf-8' codec can't decode bytes", filename, line, 0, null);
}
