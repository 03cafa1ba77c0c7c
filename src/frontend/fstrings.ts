// f-string bodies, by CPython 3.11's rules (Parser/string_parser.c, before 3.12's PEP 701):
// the body of each f"..." token is scanned for literal text and "{expr!c:spec}" fields; the
// field's expression text is handed, wrapped in parentheses, to the host parser; format specs
// are nested f-string bodies (at most two levels). Adjacent literal parts of the whole
// implicit-concatenation group are merged into one Constant, and empty ones dropped, via
// FStringBuilder, exactly as CPython's FstringParser does.
//
// Node locations follow CPython 3.11's quirks: every Constant and FormattedValue spans the
// whole concatenation group, a format spec's JoinedStr (and its trailing Constant) spans the
// token it is in, and the field expression is placed where its "{" is.

import type { Constant, Expr, FormattedValue, JoinedStr } from "./ast-table.js";
import { strConcat, type StrConstant } from "./constants.js";
import { PySyntaxError } from "./errors.js";
import { decodeUnicodeEscapes, isStringLiteralError, located, type StringGroupContext, type StringPiece } from "./strings.js";

/** Errors that already carry the "f-string: " prefix of the sub-parser that raised them. */
const prefixedErrors = new WeakSet<PySyntaxError>();

/** CPython's FstringParser: a pending literal plus the finished parts. */
export class FStringBuilder {
  private lastStr: StrConstant = "";
  private readonly values: Expr[] = [];
  constructor(readonly ctx: StringGroupContext, private readonly kind: string | null) {}

  /** Appends literal text; strConcat keeps an escaped surrogate pair split across parts apart. */
  addLiteral(s: StrConstant): void {
    this.lastStr = strConcat(this.lastStr, s);
  }

  /** Appends a field, first turning the pending literal into a Constant spanning the group. */
  addField(value: FormattedValue): void {
    this.flushLiteral(this.ctx.pieces[0]!, this.ctx.pieces[this.ctx.pieces.length - 1]!, this.kind);
    this.values.push(value);
  }

  private flushLiteral(a: StringPiece, b: StringPiece, kind: string | null): void {
    if (this.lastStr === "") return;
    this.values.push(located<Constant>({ _type: "Constant", value: this.lastStr, kind }, a, b));
    this.lastStr = "";
  }

  /** The JoinedStr spanning a..b; a trailing literal spans a..b too, with `u` kind when a starts with u. */
  finish(a: StringPiece, b: StringPiece): JoinedStr {
    this.flushLiteral(a, b, a.text.charCodeAt(0) === 117 ? "u" : null);
    return located<JoinedStr>({ _type: "JoinedStr", values: this.values }, a, b);
  }
}

/** Parses the body text[start, end) of the f-string token `piece` into `builder`. */
export function parseFStringPiece(builder: FStringBuilder, text: string, start: number, end: number, raw: boolean, piece: StringPiece): void {
  const scanner = new FStringScanner(builder.ctx, text, start, end, raw, piece);
  scanner.parseInto(builder, 0);
}

const MAX_NESTING = 200;

class FStringScanner {
  constructor(
    private readonly ctx: StringGroupContext,
    private readonly s: string,
    private pos: number,
    private readonly end: number,
    private readonly raw: boolean,
    private readonly piece: StringPiece,
  ) {}

  /** _PyPegen_FstringParser_ConcatFstring: literals and fields up to the end or a '}'. */
  parseInto(builder: FStringBuilder, recurseLvl: number): void {
    for (;;) {
      const more = this.findLiteral(builder, recurseLvl);
      if (more) continue;
      if (this.pos >= this.end || this.s.charCodeAt(this.pos) === 125) break;
      this.findField(builder, recurseLvl);
    }
    if (recurseLvl === 0 && this.pos < this.end - 1) throw this.ctx.error("f-string: unexpected end of string");
    if (recurseLvl !== 0 && this.s.charCodeAt(this.pos) !== 125) throw this.ctx.error("f-string: expecting '}'");
  }

  /**
   * fstring_find_literal: adds the literal text up to an un-doubled brace (or the end).
   * Returns true after a doubled brace (the caller scans on for more literal text).
   */
  private findLiteral(builder: FStringBuilder, recurseLvl: number): boolean {
    const s = this.s;
    const end = this.end;
    let pos = this.pos;
    const literalStart = pos;
    let literalEnd = -1;
    let more = false;
    while (pos < end) {
      let ch = s.charCodeAt(pos++);
      if (!this.raw && ch === 92 && pos < end) {
        ch = s.charCodeAt(pos++);
        if (ch === 78) { // \N{...}: its braces are not fields
          if (pos < end && s.charCodeAt(pos++) === 123) {
            while (pos < end && s.charCodeAt(pos++) !== 125) { /* skip the name */ }
            continue;
          }
          break;
        }
      }
      if (ch === 123 || ch === 125) {
        if (recurseLvl === 0) {
          if (pos < end && s.charCodeAt(pos) === ch) {
            literalEnd = pos; // keeps one of the two braces
            this.pos = pos + 1;
            more = true;
            break;
          }
          if (ch === 125) {
            this.pos = pos - 1;
            throw this.ctx.error("f-string: single '}' is not allowed");
          }
        }
        pos--;
        break;
      }
    }
    if (!more) {
      literalEnd = pos;
      this.pos = pos;
    }
    if (literalEnd > literalStart) {
      if (this.raw) {
        builder.addLiteral(s.slice(literalStart, literalEnd));
      } else {
        const bs = s.indexOf("\\", literalStart);
        builder.addLiteral(bs < 0 || bs >= literalEnd
          ? s.slice(literalStart, literalEnd)
          : decodeUnicodeEscapes(s, literalStart, literalEnd, this.ctx));
      }
    }
    return more;
  }

  /** fstring_find_expr: the field at the '{' at this.pos, added to the builder. */
  private findField(builder: FStringBuilder, recurseLvl: number): void {
    const ctx = this.ctx;
    const s = this.s;
    const end = this.end;
    if (recurseLvl >= 2) throw ctx.error("f-string: expressions nested too deeply");
    let pos = ++this.pos;
    const exprStart = pos;
    let quoteChar = 0;
    let stringType = 0;
    const parenStack: number[] = [];
    for (; pos < end; pos++) {
      const ch = s.charCodeAt(pos);
      if (ch === 92) throw ctx.error("f-string expression part cannot include a backslash");
      if (quoteChar !== 0) {
        if (ch === quoteChar) {
          if (stringType === 3) {
            if (pos + 2 < end && s.charCodeAt(pos + 1) === ch && s.charCodeAt(pos + 2) === ch) {
              pos += 2;
              stringType = 0;
              quoteChar = 0;
            }
          } else {
            stringType = 0;
            quoteChar = 0;
          }
        }
      } else if (ch === 39 || ch === 34) {
        if (pos + 2 < end && s.charCodeAt(pos + 1) === ch && s.charCodeAt(pos + 2) === ch) {
          stringType = 3;
          pos += 2;
        } else {
          stringType = 1;
        }
        quoteChar = ch;
      } else if (ch === 91 || ch === 123 || ch === 40) { // [ { (
        if (parenStack.length >= MAX_NESTING) throw ctx.error("f-string: too many nested parenthesis");
        parenStack.push(ch);
      } else if (ch === 35) { // #
        throw ctx.error("f-string expression part cannot include '#'");
      } else if (parenStack.length === 0 && (ch === 33 || ch === 58 || ch === 125 || ch === 61 || ch === 62 || ch === 60)) {
        // ! : } = > <
        if (pos + 1 < end) {
          const next = s.charCodeAt(pos + 1);
          if (next === 61 && (ch === 33 || ch === 61 || ch === 60 || ch === 62)) { // != == <= >=
            pos++;
            continue;
          }
          if (ch === 62 || ch === 60) continue;
        }
        break;
      } else if (ch === 93 || ch === 125 || ch === 41) { // ] } )
        if (parenStack.length === 0) throw ctx.error(`f-string: unmatched '${String.fromCharCode(ch)}'`);
        const opening = parenStack.pop()!;
        if (!((opening === 40 && ch === 41) || (opening === 91 && ch === 93) || (opening === 123 && ch === 125))) {
          throw ctx.error(`f-string: closing parenthesis '${String.fromCharCode(ch)}' does not match opening parenthesis '${String.fromCharCode(opening)}'`);
        }
      }
    }
    const exprEnd = pos;
    this.pos = pos;
    if (quoteChar !== 0) throw ctx.error("f-string: unterminated string");
    if (parenStack.length > 0) throw ctx.error(`f-string: unmatched '${String.fromCharCode(parenStack[parenStack.length - 1]!)}'`);
    if (pos >= end) throw ctx.error("f-string: expecting '}'");

    const expression = this.compileExpression(exprStart, exprEnd);

    let exprText: string | null = null;
    if (s.charCodeAt(pos) === 61) { // = : self-documenting
      pos++;
      for (;;) {
        const c = s.charCodeAt(pos);
        if (c === 32 || (c >= 9 && c <= 13)) pos++;
        else break;
      }
      exprText = s.slice(exprStart, pos);
    }
    let conversion = -1;
    if (s.charCodeAt(pos) === 33) { // !
      pos++;
      if (pos >= end) throw this.expectingBrace(pos);
      conversion = s.charCodeAt(pos++);
      if (conversion !== 115 && conversion !== 114 && conversion !== 97) {
        this.pos = pos;
        throw ctx.error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
    }
    if (pos >= end) throw this.expectingBrace(pos);
    let formatSpec: JoinedStr | null = null;
    if (s.charCodeAt(pos) === 58) { // :
      pos++;
      if (pos >= end) throw this.expectingBrace(pos);
      this.pos = pos;
      const spec = new FStringBuilder(ctx, ctx.pieces[0]!.text.charCodeAt(0) === 117 ? "u" : null);
      this.parseInto(spec, recurseLvl + 1);
      formatSpec = spec.finish(this.piece, this.piece);
      pos = this.pos;
    }
    if (pos >= end || s.charCodeAt(pos) !== 125) throw this.expectingBrace(pos);
    this.pos = pos + 1;
    if (exprText !== null && formatSpec === null && conversion === -1) conversion = 114;
    if (exprText !== null) builder.addLiteral(exprText);
    const pieces = ctx.pieces;
    builder.addField(located<FormattedValue>(
      { _type: "FormattedValue", value: expression, conversion, format_spec: formatSpec },
      pieces[0]!, pieces[pieces.length - 1]!));
  }

  private expectingBrace(pos: number): PySyntaxError {
    this.pos = pos;
    return this.ctx.error("f-string: expecting '}'");
  }

  /** fstring_compile_expr: parses s[start, end) as "(...)" placed where its '{' is. */
  private compileExpression(start: number, end: number): Expr {
    const s = this.s;
    let k = start;
    while (k < end) {
      const c = s.charCodeAt(k);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 12) break;
      k++;
    }
    if (k === end) {
      const c = s.charCodeAt(end);
      if (c === 33 || c === 58 || c === 61) throw this.ctx.error(`f-string: expression required before '${s[end]}'`);
      throw this.ctx.error("f-string: empty expression not allowed");
    }

    // fstring_find_expr_location: the '{' is at start - 1.
    const brace = start - 1;
    let newlineAfterBrace = true;
    for (let i = start; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 125 || c === 10) break;
      if (c !== 32 && c !== 9 && c !== 12) {
        newlineAfterBrace = false;
        break;
      }
    }
    let lines = 0;
    let lineStart = 0;
    for (let i = 0; i < brace; i++) {
      if (s.charCodeAt(i) === 10) {
        lines++;
        lineStart = i + 1;
      }
    }
    const cols = newlineAfterBrace ? 0 : utf8Length(s, lineStart, brace);
    const lineno = this.piece.lineno + lines;
    const colOffset = lines !== 0 ? cols : this.piece.col + cols;
    const source = "(" + s.slice(start, end) + ")";
    try {
      return this.ctx.host.parseExpression(source, lineno, colOffset);
    } catch (e) {
      if (!(e instanceof PySyntaxError) || prefixedErrors.has(e)) throw e;
      // CPython prefixes errors raised inside the sub-parser once. A host may have done so
      // already; errors of a nested string literal ("f-string: empty expression ...") get it.
      if (e.msg.startsWith("f-string: ") && !isStringLiteralError(e)) {
        prefixedErrors.add(e);
        throw e;
      }
      const err = new PySyntaxError(e.type, "f-string: " + e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
      prefixedErrors.add(err);
      throw err;
    }
  }
}

function utf8Length(s: string, from: number, to: number): number {
  let n = to - from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) {
      if (c < 0x800) n += 1;
      else if (c >= 0xd800 && c <= 0xdbff) {
        n += 2; // a surrogate pair: 2 units, 4 bytes
        i++;
      } else n += 2;
    }
  }
  return n;
}
