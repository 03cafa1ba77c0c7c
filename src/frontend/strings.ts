// String literals: decoding of str/bytes literal tokens (prefixes, quotes, escapes) and the
// implicit concatenation of adjacent literals into one Constant or JoinedStr, as CPython
// 3.11's Parser/string_parser.c and _PyPegen_concatenate_strings do. f-string bodies are
// parsed by fstrings.ts, which calls back into the decoders here for their literal parts.
//
// Error messages and the odd error positions are CPython's: the decoders report positions
// in the buffer CPython's decoder sees, where every non-ASCII character of the source was
// first rewritten as a 10-byte "\UXXXXXXXX" escape.
//
// Speed: a literal without backslashes is one slice; escapes are decoded with a charCodeAt
// loop that copies the runs between backslashes with slice.
//
// Surrogates: a str value is a JS string except when an escaped lone high surrogate meets an
// escaped lone low one ('\ud834\udd1e', also across pieces: '\ud834' '\udd1e'), which
// UTF-16 would read as one character; then it is a CodePointStr (see constants.ts). The
// decoder notes where that happens (strFromUnits) and pieces are joined with strConcat.

import type { Constant, Expr, JoinedStr } from "./ast-table.js";
import { strConcat, strFromUnits, type StrConstant } from "./constants.js";
import { PySyntaxError } from "./errors.js";
import { FStringBuilder, parseFStringPiece } from "./fstrings.js";
import { lookupUnicodeName } from "./unicode-names.js";

export interface StringPiece {
  /** Raw token text including prefix and quotes. */
  text: string;
  lineno: number;
  /** 0-based UTF-8 byte column of the token start. */
  col: number;
  endLineno: number;
  /** UTF-8 byte column of the token end (exclusive). */
  endCol: number;
  /** 0-based character (code point) column of the token start, for error offsets. */
  charCol: number;
}

/** A SyntaxError position: 1-based character offsets, as PySyntaxError takes them. */
export interface ErrorLocation {
  lineno: number;
  offset: number;
  endLineno: number;
  endOffset: number;
  /** The source line (with its newline), or null. */
  text: string | null;
}

export interface FStringHost {
  filename: string;
  /**
   * Parses `source` as a Python expression as if it started at (lineno, colOffset) (byte
   * col): tokens on its first line are shifted by colOffset, later lines are not. Throws
   * PySyntaxError. For an f-string replacement field, `source` is the field's text wrapped
   * in parentheses, like CPython 3.11 does ("(x + 1)"), placed so that "(" sits on the "{".
   */
  parseExpression(source: string, lineno: number, colOffset: number): Expr;
  /**
   * Optional: the location of the token after the last string piece, where CPython reports
   * the errors it finds while decoding strings (decoding errors, f-string syntax errors,
   * "cannot mix bytes and nonbytes literals"). Default: just past the last piece.
   */
  errorLocationAfterStrings?(): ErrorLocation;
  /** Optional: source line `lineno` with its newline, for errors located at a string token. */
  sourceLine?(lineno: number): string | null;
}

/** Errors raised by the string code itself (not by the host's expression parser). */
const ownErrors = new WeakSet<PySyntaxError>();

export function isStringLiteralError(e: PySyntaxError): boolean {
  return ownErrors.has(e);
}

function own(e: PySyntaxError): PySyntaxError {
  ownErrors.add(e);
  return e;
}

/** Where errors are reported and how, for one implicit-concatenation group. */
export class StringGroupContext {
  constructor(readonly pieces: StringPiece[], readonly host: FStringHost) {}

  /** A SyntaxError at the token after the group, as CPython's RAISE_SYNTAX_ERROR gives it. */
  error(msg: string): PySyntaxError {
    const host = this.host;
    if (host.errorLocationAfterStrings) {
      const at = host.errorLocationAfterStrings();
      return own(new PySyntaxError("SyntaxError", msg, host.filename, at.lineno, at.offset, at.text, at.endLineno, at.endOffset));
    }
    const last = this.pieces[this.pieces.length - 1]!;
    const end = endCharCol(last) + 1;
    const text = host.sourceLine ? host.sourceLine(last.endLineno) : null;
    return own(new PySyntaxError("SyntaxError", msg, host.filename, last.endLineno, end, text, last.endLineno, end));
  }

  /** A SyntaxError spanning one string token. */
  errorAtPiece(msg: string, piece: StringPiece): PySyntaxError {
    const text = this.host.sourceLine ? this.host.sourceLine(piece.lineno) : null;
    return own(new PySyntaxError("SyntaxError", msg, this.host.filename, piece.lineno, piece.charCol + 1, text,
      piece.endLineno, endCharCol(piece) + 1));
  }
}

/** 0-based character column just past the end of a piece. */
function endCharCol(piece: StringPiece): number {
  const text = piece.text;
  const nl = text.lastIndexOf("\n");
  return nl < 0 ? piece.charCol + codePointLength(text, 0, text.length) : codePointLength(text, nl + 1, text.length);
}

function codePointLength(s: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > from) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) n--;
    }
  }
  return n;
}

/** Prefix flags and body bounds of one string token. */
interface LiteralShape {
  bytes: boolean;
  raw: boolean;
  fstring: boolean;
  /** The body (between the quotes) is text.slice(bodyStart, bodyEnd). */
  bodyStart: number;
  bodyEnd: number;
}

function literalShape(text: string): LiteralShape {
  let bytes = false;
  let raw = false;
  let fstring = false;
  let i = 0;
  for (;; i++) {
    const c = text.charCodeAt(i) | 0x20; // ASCII lower case; quotes are unaffected
    if (c === 98) bytes = true; // b
    else if (c === 114) raw = true; // r
    else if (c === 102) fstring = true; // f
    else if (c !== 117) break; // u
  }
  const quote = text.charCodeAt(i);
  const triple = text.length - i >= 6 && text.charCodeAt(i + 1) === quote && text.charCodeAt(i + 2) === quote;
  const q = triple ? 3 : 1;
  return { bytes, raw, fstring, bodyStart: i + q, bodyEnd: text.length - q };
}

/** Source newlines as CPython's tokenizer delivers them: \r\n and \r become \n. */
function normalizeNewlines(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** Adjacent string literal tokens (implicit concatenation) -> Constant or JoinedStr, located from the first piece's start to the last piece's end. */
export function parseStrings(pieces: StringPiece[], host: FStringHost): Expr {
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const kind = first.text.charCodeAt(0) === 117 ? "u" : null; // only a lower-case u counts, as in CPython

  // Fast path: one plain literal without escapes.
  if (pieces.length === 1) {
    const text = first.text;
    const c0 = text.charCodeAt(0);
    if ((c0 === 34 || c0 === 39 || c0 === 117 || c0 === 85) && text.indexOf("\\") < 0 && text.indexOf("\r") < 0) {
      const shape = literalShape(text);
      return located<Constant>({ _type: "Constant", value: text.slice(shape.bodyStart, shape.bodyEnd), kind }, first, last);
    }
  }

  const ctx = new StringGroupContext(pieces, host);
  let bytesMode = false;
  let bytesParts: Uint8Array[] | null = null;
  let builder: FStringBuilder | null = null;
  let str: StrConstant = "";
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const text = normalizeNewlines(piece.text);
    const shape = literalShape(text);
    let value: StrConstant | Uint8Array | null = null;
    if (!shape.fstring) value = shape.bytes ? decodeBytesLiteral(text, shape, piece, ctx) : decodeStrLiteral(text, shape, ctx);
    if (i !== 0 && bytesMode !== shape.bytes) throw ctx.error("cannot mix bytes and nonbytes literals");
    bytesMode = shape.bytes;
    if (shape.fstring) {
      if (builder === null) {
        builder = new FStringBuilder(ctx, kind);
        builder.addLiteral(str);
      }
      parseFStringPiece(builder, text, shape.bodyStart, shape.bodyEnd, shape.raw, piece);
    } else if (bytesMode) {
      (bytesParts ??= []).push(value as Uint8Array);
    } else if (builder !== null) {
      builder.addLiteral(value as StrConstant);
    } else {
      str = strConcat(str, value as StrConstant);
    }
  }
  if (bytesMode) return located<Constant>({ _type: "Constant", value: concatBytes(bytesParts!), kind: null }, first, last);
  if (builder !== null) return builder.finish(first, last);
  return located<Constant>({ _type: "Constant", value: str, kind }, first, last);
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  n = 0;
  for (const p of parts) {
    out.set(p, n);
    n += p.length;
  }
  return out;
}

/** Fills in a node's location: from `a`'s start to `b`'s end. */
export function located<N extends Constant | JoinedStr | Expr>(node: Omit<N, "lineno" | "col_offset" | "end_lineno" | "end_col_offset">, a: StringPiece, b: StringPiece): N {
  const n = node as N;
  n.lineno = a.lineno;
  n.col_offset = a.col;
  n.end_lineno = b.endLineno;
  n.end_col_offset = b.endCol;
  return n;
}

function decodeStrLiteral(text: string, shape: LiteralShape, ctx: StringGroupContext): StrConstant {
  const { bodyStart, bodyEnd } = shape;
  if (shape.raw) return text.slice(bodyStart, bodyEnd);
  const bs = text.indexOf("\\", bodyStart);
  if (bs < 0 || bs >= bodyEnd) return text.slice(bodyStart, bodyEnd);
  return decodeUnicodeEscapes(text, bodyStart, bodyEnd, ctx);
}

function decodeBytesLiteral(text: string, shape: LiteralShape, piece: StringPiece, ctx: StringGroupContext): Uint8Array {
  const { bodyStart, bodyEnd } = shape;
  for (let i = bodyStart; i < bodyEnd; i++) {
    if (text.charCodeAt(i) >= 128) throw ctx.errorAtPiece("bytes can only contain ASCII literal characters", piece);
  }
  const bs = text.indexOf("\\", bodyStart);
  if (shape.raw || bs < 0 || bs >= bodyEnd) {
    const out = new Uint8Array(bodyEnd - bodyStart);
    for (let i = bodyStart; i < bodyEnd; i++) out[i - bodyStart] = text.charCodeAt(i);
    return out;
  }
  return decodeBytesEscapes(text, bodyStart, bodyEnd, ctx);
}

const SIMPLE_ESCAPES: { [c: number]: number } = {
  10: -1, // backslash-newline: nothing
  92: 92, 39: 39, 34: 34,
  97: 7, 98: 8, 102: 12, 110: 10, 114: 13, 116: 9, 118: 11, // a b f n r t v
};

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** _PyBytes_DecodeEscape on an all-ASCII body. */
function decodeBytesEscapes(s: string, start: number, end: number, ctx: StringGroupContext): Uint8Array {
  const out = new Uint8Array(end - start);
  let n = 0;
  let pos = start;
  while (pos < end) {
    const c = s.charCodeAt(pos++);
    if (c !== 92 || pos >= end) {
      out[n++] = c;
      continue;
    }
    const e = s.charCodeAt(pos++);
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple >= 0) out[n++] = simple;
    } else if (e >= 48 && e <= 55) {
      let code = e - 48;
      if (pos < end && s.charCodeAt(pos) >= 48 && s.charCodeAt(pos) <= 55) {
        code = code * 8 + s.charCodeAt(pos++) - 48;
        if (pos < end && s.charCodeAt(pos) >= 48 && s.charCodeAt(pos) <= 55) code = code * 8 + s.charCodeAt(pos++) - 48;
      }
      out[n++] = code & 0xff;
    } else if (e === 120) {
      const d1 = pos + 1 < end ? hexValue(s.charCodeAt(pos)) : -1;
      const d2 = pos + 1 < end ? hexValue(s.charCodeAt(pos + 1)) : -1;
      if (d1 < 0 || d2 < 0) throw ctx.error(`(value error) invalid \\x escape at position ${pos - 2 - start}`);
      out[n++] = d1 * 16 + d2;
      pos += 2;
    } else {
      out[n++] = 92;
      out[n++] = e;
    }
  }
  return out.slice(0, n);
}

/**
 * CPython's decode_unicode_with_escapes on s[start, end): the body of a str literal or one
 * literal part of an f-string (which may end in a lone backslash, kept as is).
 */
export function decodeUnicodeEscapes(s: string, start: number, end: number, ctx: StringGroupContext): StrConstant {
  let out = "";
  // Indexes in `out` where an escaped low surrogate follows an escaped high one. Only \u and
  // \U give surrogates, and the source holds none unpaired, so `out` ending in a high surrogate
  // means an escape put it there.
  let breaks: number[] | null = null;
  let runStart = start;
  let pos = start;
  while (pos < end) {
    if (s.charCodeAt(pos) !== 92) {
      pos++;
      continue;
    }
    out += s.slice(runStart, pos);
    const escStart = pos++;
    if (pos >= end) {
      out += "\\";
      runStart = pos;
      break;
    }
    const e = s.charCodeAt(pos++);
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      if (simple >= 0) out += String.fromCharCode(simple);
    } else if (e >= 48 && e <= 55) {
      let code = e - 48;
      if (pos < end && s.charCodeAt(pos) >= 48 && s.charCodeAt(pos) <= 55) {
        code = code * 8 + s.charCodeAt(pos++) - 48;
        if (pos < end && s.charCodeAt(pos) >= 48 && s.charCodeAt(pos) <= 55) code = code * 8 + s.charCodeAt(pos++) - 48;
      }
      out += String.fromCharCode(code);
    } else if (e === 120 || e === 117 || e === 85) {
      const count = e === 120 ? 2 : e === 117 ? 4 : 8;
      const message = e === 120 ? "truncated \\xXX escape" : e === 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
      let code = 0;
      for (let k = 0; k < count; k++, pos++) {
        const d = pos < end ? hexValue(s.charCodeAt(pos)) : -1;
        if (d < 0) throw unicodeError(s, start, escStart, pos, message, ctx);
        code = code * 16 + d;
      }
      if (code > 0x10ffff) throw unicodeError(s, start, escStart, pos, "illegal Unicode character", ctx);
      if (code >= 0xdc00 && code <= 0xdfff && out.length > 0) {
        const last = out.charCodeAt(out.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) (breaks ??= []).push(out.length);
      }
      out += String.fromCodePoint(code);
    } else if (e === 78) {
      let message = "malformed \\N character escape";
      if (pos < end && s.charCodeAt(pos) === 123) {
        const nameStart = ++pos;
        while (pos < end && s.charCodeAt(pos) !== 125) pos++;
        if (pos < end && pos > nameStart) {
          const code = lookupUnicodeName(s.slice(nameStart, pos++));
          if (code >= 0) {
            out += String.fromCodePoint(code);
            runStart = pos;
            continue;
          }
          message = "unknown Unicode character name";
        }
      }
      throw unicodeError(s, start, escStart, pos, message, ctx);
    } else if (e >= 128) {
      // A backslash before a non-ASCII character stays a backslash.
      out += "\\";
      pos--;
    } else {
      out += "\\" + String.fromCharCode(e);
    }
    runStart = pos;
  }
  out += s.slice(runStart, end);
  return breaks === null ? out : strFromUnits(out, breaks);
}

/** CPython's "(unicode error) 'unicodeescape' codec can't decode ..." for s[errStart, errEnd). */
function unicodeError(s: string, bufStart: number, errStart: number, errEnd: number, message: string, ctx: StringGroupContext): PySyntaxError {
  const a = decoderOffset(s, bufStart, errStart);
  const b = decoderOffset(s, bufStart, errEnd);
  const where = b - a === 1 ? `byte 0x5c in position ${a}` : `bytes in position ${a}-${b - 1}`;
  return ctx.error(`(unicode error) 'unicodeescape' codec can't decode ${where}: ${message}`);
}

/**
 * The offset of s[at] in the buffer CPython's decoder sees for s[start, ...): each non-ASCII
 * code point is 10 bytes ("\UXXXXXXXX") and a backslash before one (or at the end) is 6 ("\u005c").
 */
function decoderOffset(s: string, start: number, at: number): number {
  let n = 0;
  for (let i = start; i < at; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) {
      // CPython copies the character after a backslash without looking at it again.
      if (i + 1 < at && s.charCodeAt(i + 1) < 128) {
        n += 2;
        i++;
      } else {
        n += s.charCodeAt(i + 1) >= 128 ? 6 : 1;
      }
    } else if (c < 128) {
      n += 1;
    } else {
      n += 10;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < at) i++;
    }
  }
  return n;
}
