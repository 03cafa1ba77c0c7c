// The Python tokenizer: source text -> flat token arrays.
//
// One pass over the source with charCodeAt, in the spirit of CPython's tokenizer.c: at the
// start of each logical line it measures indentation (tabs to multiples of 8, and again with
// tabs as 1 column, to detect inconsistent tab use) and emits INDENT/DEDENT; inside brackets
// newlines and indentation are ignored; blank and comment-only lines produce nothing.
//
// Tokens are stored column-wise in parallel arrays (kind, start/end character positions,
// line numbers, UTF-8 byte columns, value) instead of one object per token: the parser only
// ever indexes them. Columns are UTF-8 byte offsets, as CPython's AST wants them; for an
// all-ASCII source they are just character offsets, otherwise they are counted incrementally
// along the line.
//
// The whole file is tokenized before parsing. A tokenizer error does not throw at once: it
// ends the token stream with an ERROR token that carries the error, and the parser throws it
// when it reaches that token, so an earlier syntax error still wins as in CPython (which
// tokenizes lazily). The parser also consults `error` when it reports a generic "invalid
// syntax", as CPython re-tokenizes the rest of the file to find a better error.

import { PySyntaxError, type SyntaxErrorType } from "./errors.js";
import { KEYWORDS, T } from "./tokens.js";

export class Tokens {
  kind: T[] = [];
  /** Start and end character positions in the source. */
  start: number[] = [];
  end: number[] = [];
  line: number[] = [];
  /** UTF-8 byte columns (0-based) of start and end. */
  col: number[] = [];
  endLine: number[] = [];
  endCol: number[] = [];
  /** Text of NAME, NUMBER, STRING tokens (and keywords); null otherwise. */
  value: (string | null)[] = [];
  /** The error behind the final ERROR token, if any. */
  error: PySyntaxError | null = null;
  /** Line of the innermost bracket left open at EOF (0 if none), for "'(' was never closed". */
  unclosedLine = 0;
  constructor(readonly source: string, readonly filename: string) {}

  /** Character position at which 1-based line `lineno` starts (for error texts and offsets). */
  lineStart(lineno: number): number {
    const s = this.source;
    let pos = 0;
    for (let l = 1; l < lineno; l++) {
      const nl = s.indexOf("\n", pos);
      if (nl < 0) return s.length;
      pos = nl + 1;
    }
    return pos;
  }
  lineText(lineno: number): string {
    const st = this.lineStart(lineno);
    const nl = this.source.indexOf("\n", st);
    return nl < 0 ? this.source.slice(st) + "\n" : this.source.slice(st, nl + 1);
  }
  /** A PySyntaxError at character positions [startPos, endPos) of lines `lineno`..`endLineno`. */
  errorAt(type: SyntaxErrorType, msg: string, lineno: number, startPos: number, endLineno: number, endPos: number): PySyntaxError {
    const ls = this.lineStart(lineno);
    const offset = startPos < 0 ? startPos : cpLength(this.source, ls, startPos) + 1;
    let endOffset = endPos;
    if (endPos >= 0) endOffset = cpLength(this.source, endLineno === lineno ? ls : this.lineStart(endLineno), endPos) + 1;
    return new PySyntaxError(type, msg, this.filename, lineno, offset, this.lineText(lineno), endLineno, endOffset);
  }
}

/** Number of code points in s[from, to). */
function cpLength(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

const TABSIZE = 8;

// Character classes for ASCII: 1 = identifier start, 2 = identifier continue (digits).
const IDCLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) IDCLASS[c] = 1;
  else if (c >= 48 && c <= 57) IDCLASS[c] = 2;
}
const XID_START = /^[\p{XID_Start}]$/u;
const XID_CONTINUE = /^[\p{XID_Continue}]$/u;

const CLOSERS: Record<number, number> = { 41: 40, 93: 91, 125: 123 };

export function tokenize(source: string, filename: string): Tokens {
  return new Tokenizer(source, filename).run();
}

class Tokenizer {
  readonly t: Tokens;
  readonly s: string;
  readonly n: number;
  pos = 0;
  lineno = 1;
  lineStart = 0;
  readonly ascii: boolean;
  // Incremental byte-column cache for non-ASCII lines.
  bcLineStart = -1;
  bcPos = 0;
  bcBytes = 0;
  indents = [0];
  altIndents = [0];
  /** Open brackets: char code, line, char position. */
  parens: number[] = [];
  parenLines: number[] = [];
  parenPos: number[] = [];
  parenLineStart: number[] = [];

  constructor(source: string, filename: string) {
    this.s = source;
    this.n = source.length;
    this.t = new Tokens(source, filename);
    // eslint-disable-next-line no-control-regex
    this.ascii = !/[^\x00-\x7f]/.test(source);
  }

  byteCol(lineStart: number, pos: number): number {
    if (this.ascii) return pos - lineStart;
    if (this.bcLineStart !== lineStart || pos < this.bcPos) {
      this.bcLineStart = lineStart;
      this.bcPos = lineStart;
      this.bcBytes = 0;
    }
    const s = this.s;
    let b = this.bcBytes;
    for (let i = this.bcPos; i < pos; i++) {
      const c = s.charCodeAt(i);
      b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    }
    this.bcPos = pos;
    this.bcBytes = b;
    return b;
  }

  push(kind: T, start: number, end: number, value: string | null): void {
    const t = this.t;
    t.kind.push(kind);
    t.start.push(start);
    t.end.push(end);
    t.line.push(this.lineno);
    t.col.push(this.byteCol(this.lineStart, start));
    t.endLine.push(this.lineno);
    t.endCol.push(this.byteCol(this.lineStart, end));
    t.value.push(value);
  }

  fail(type: SyntaxErrorType, msg: string, start: number, end: number = start, line = this.lineno): never {
    throw this.t.errorAt(type, msg, line, start, line, end);
  }

  /** An error with explicit 1-based character offsets on the current line. */
  failAt(type: SyntaxErrorType, msg: string, offset: number, endOffset: number): never {
    throw new PySyntaxError(type, msg, this.t.filename, this.lineno, offset, this.t.lineText(this.lineno), this.lineno, endOffset);
  }

  /** The line number CPython's tokenizer reports at EOF (a final newline does not start a line). */
  eofLine(): number {
    return this.n > 0 && this.s.charCodeAt(this.n - 1) === 10 ? this.lineno - 1 : this.lineno;
  }

  run(): Tokens {
    try {
      this.scan();
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      this.t.error = e;
      this.push(T.ERROR, this.pos, this.pos, null);
    }
    return this.t;
  }

  scan(): void {
    const s = this.s, n = this.n;
    let atLineStart = true;
    for (;;) {
      if (atLineStart) {
        // A blank line is consumed whole; measure the next one.
        if (this.indentation()) continue;
        atLineStart = false;
      }
      let c = s.charCodeAt(this.pos);
      // Skip blanks.
      while (c === 32 || c === 9 || c === 12) c = s.charCodeAt(++this.pos);
      const start = this.pos;
      if (this.pos >= n) {
        this.eof();
        return;
      }
      if (c < 128 && IDCLASS[c] === 1) {
        this.name(start);
        continue;
      }
      if (c === 10) {
        this.pos++;
        if (this.parens.length === 0) {
          this.push(T.NEWLINE, start, start, null); // zero-width, as in CPython
          atLineStart = true;
        }
        this.newline();
        continue;
      }
      if (c === 35) { // '#'
        const nl = s.indexOf("\n", start);
        this.pos = nl < 0 ? n : nl;
        continue;
      }
      if ((c >= 48 && c <= 57) || (c === 46 && isDigit(s.charCodeAt(start + 1)))) {
        this.number(start);
        continue;
      }
      if (c === 34 || c === 39) {
        this.string(start, start);
        continue;
      }
      if (c === 92) { // backslash continuation
        const d = s.charCodeAt(start + 1);
        if (d === 10) {
          this.pos = start + 2;
          this.newline();
          if (this.pos >= n) this.fail("SyntaxError", "unexpected EOF while parsing", start + 1, -1);
          continue;
        }
        if (start + 1 >= n) this.fail("SyntaxError", "unexpected EOF while parsing", start + 1, -1);
        this.failAt("SyntaxError", "unexpected character after line continuation character", start + 2 - this.lineStart, 0);
      }
      if (c >= 128) {
        this.name(start);
        continue;
      }
      this.operator(start, c);
    }
  }

  newline(): void {
    this.lineno++;
    this.lineStart = this.pos;
  }

  /** Measures indentation at a line start; returns true if the line was blank (consumed). */
  indentation(): boolean {
    const s = this.s;
    let col = 0, alt = 0;
    let p = this.pos;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 32) { col++; alt++; }
      else if (c === 9) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; alt++; }
      else if (c === 12) { col = 0; alt = 0; }
      else break;
      p++;
    }
    const c = s.charCodeAt(p);
    if (c === 35 || c === 10 || (c === 92 && false)) {
      // Blank or comment-only line: no NEWLINE, no indentation change.
      if (c === 35) {
        const nl = s.indexOf("\n", p);
        p = nl < 0 ? this.n : nl;
      }
      if (p >= this.n) { this.pos = p; return false; }
      this.pos = p + 1;
      this.newline();
      return true;
    }
    this.pos = p;
    if (p >= this.n || this.parens.length > 0) return false;
    const ind = this.indents, alts = this.altIndents;
    const top = ind[ind.length - 1]!;
    if (col === top) {
      if (alt !== alts[alts.length - 1]) this.tabError();
    } else if (col > top) {
      if (alt <= alts[alts.length - 1]!) this.tabError();
      // CPython's MAXINDENT.
      if (ind.length >= 100) this.failAt("IndentationError", "too many levels of indentation", 1, 0);
      ind.push(col);
      alts.push(alt);
      this.push(T.INDENT, this.lineStart, p, null);
    } else {
      while (ind.length > 1 && col < ind[ind.length - 1]!) {
        ind.pop();
        alts.pop();
        this.push(T.DEDENT, p, p, null);
      }
      if (col !== ind[ind.length - 1]) {
        // CPython reports tok->cur, which it has moved to the end of the line read.
        const eol = s.indexOf("\n", p);
        const len = cpLength(s, this.lineStart, eol < 0 ? this.n : eol);
        this.failAt("IndentationError", "unindent does not match any outer indentation level", len + 1, -1);
      }
      if (alt !== alts[alts.length - 1]) this.tabError();
    }
    return false;
  }

  tabError(): never {
    this.failAt("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
  }

  eof(): void {
    const t = this.t;
    const p = this.pos;
    if (this.parens.length > 0) {
      const i = this.parens.length - 1;
      t.unclosedLine = this.parenLines[i]!;
      const ch = String.fromCharCode(this.parens[i]!);
      const pp = this.parenPos[i]!;
      const e = t.errorAt("SyntaxError", `'${ch}' was never closed`, this.parenLines[i]!, pp, this.parenLines[i]!, -1);
      t.error = new PySyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, 0);
      this.push(T.ERROR, p, p, null);
      return;
    }
    // Implicit NEWLINE if the last line has tokens but no newline character.
    const k = t.kind.length;
    if (k > 0) {
      const last = t.kind[k - 1]!;
      if (last !== T.NEWLINE && last !== T.DEDENT && last !== T.INDENT) this.push(T.NEWLINE, p, p, null);
    }
    // DEDENTs and ENDMARKER sit where CPython's tokenizer puts them: on the last line read.
    let q = p;
    if (this.eofLine() !== this.lineno) {
      this.lineno--;
      q = p - 1;
      this.lineStart = this.s.lastIndexOf("\n", q - 1) + 1;
    }
    for (let i = this.indents.length; i > 1; i--) this.push(T.DEDENT, q, q, null);
    this.push(T.ENDMARKER, q, q, null);
  }

  name(start: number): void {
    const s = this.s;
    let p = start;
    let nonAscii = false;
    const n = this.n;
    while (p < n) {
      const c = s.charCodeAt(p);
      if (c < 128) {
        if (IDCLASS[c] === 0) break;
        p++;
      } else {
        nonAscii = true;
        p++;
        if (c >= 0xd800 && c <= 0xdbff) p++;
      }
    }
    // String prefix?
    const q = s.charCodeAt(p);
    if ((q === 34 || q === 39) && p - start <= 2 && !nonAscii && isStringPrefix(s, start, p)) {
      this.string(start, p);
      return;
    }
    let text = s.slice(start, p);
    if (nonAscii) text = this.checkIdentifier(text, start);
    this.pos = p;
    const kw = KEYWORDS.get(text);
    this.push(kw === undefined ? T.NAME : kw, start, p, text);
  }

  /** Validates a non-ASCII identifier as CPython's verify_identifier does; returns it NFKC-normalized. */
  checkIdentifier(text: string, start: number): string {
    let i = 0;
    for (const ch of text) {
      const cp = ch.codePointAt(0)!;
      const ok = cp < 128 ? IDCLASS[cp]! > 0 && (i > 0 || IDCLASS[cp] === 1) : (i === 0 ? XID_START : XID_CONTINUE).test(ch);
      if (!ok) {
        // CPython's verify_identifier scans the raw (not normalized) text.
        const bad = ch;
        const pos = start + (text.indexOf(ch));
        this.pos = pos;
        this.badChar(bad.codePointAt(0)!, pos);
      }
      i++;
    }
    return text.normalize("NFKC");
  }

  badChar(cp: number, pos: number): never {
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    if (isPrintable(cp)) this.fail("SyntaxError", `invalid character '${String.fromCodePoint(cp)}' (U+${hex})`, pos);
    this.fail("SyntaxError", `invalid non-printable character U+${hex}`, pos);
  }

  number(start: number): void {
    const s = this.s;
    let p = start;
    let c = s.charCodeAt(p);
    if (c === 48) {
      const d = s.charCodeAt(p + 1) | 32;
      if (d === 120 || d === 111 || d === 98) { // x o b
        const kind = d === 120 ? "hexadecimal" : d === 111 ? "octal" : "binary";
        p += 2;
        for (;;) {
          c = s.charCodeAt(p);
          if (c === 95) c = s.charCodeAt(++p);
          if (!isRadixDigit(c, d)) {
            if (isDigit(c) && d !== 120) {
              this.pos = p;
              this.fail("SyntaxError", `invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p);
            }
            this.pos = p;
            this.fail("SyntaxError", `invalid ${kind} literal`, p - 1);
          }
          do c = s.charCodeAt(++p); while (isRadixDigit(c, d));
          if (c !== 95) break;
        }
        if (isDigit(c) && d !== 120) {
          this.pos = p;
          this.fail("SyntaxError", `invalid digit '${String.fromCharCode(c)}' in ${kind} literal`, p);
        }
        this.endOfNumber(start, p, kind);
        return;
      }
    }
    let isFloat = false;
    // Integer part.
    let nonzero = false;
    if (c !== 46) {
      p = this.digits(start, p, "decimal");
      for (let i = start; i < p; i++) {
        const ch = s.charCodeAt(i);
        if (ch !== 48 && ch !== 95) { nonzero = true; break; }
      }
      c = s.charCodeAt(p);
    }
    if (c === 46) {
      isFloat = true;
      p++;
      if (isDigit(s.charCodeAt(p))) p = this.digits(start, p, "decimal");
      c = s.charCodeAt(p);
    }
    if ((c | 32) === 101) { // e
      const save = p;
      p++;
      let e = s.charCodeAt(p);
      if (e === 43 || e === 45) e = s.charCodeAt(++p);
      if (!isDigit(e)) {
        this.pos = save;
        // `1else` is allowed (keywords may follow a number); anything else is not.
        if (!/^else/.test(s.slice(save, save + 4))) this.fail("SyntaxError", "invalid decimal literal", save - 1);
        this.push(T.NUMBER, start, save, s.slice(start, save));
        return;
      } else {
        p = this.digits(start, p, "decimal");
        isFloat = true;
      }
      c = s.charCodeAt(p);
    }
    if ((c | 32) === 106) { // j
      p++;
      this.endOfNumber(start, p, "imaginary");
      return;
    }
    if (!isFloat && s.charCodeAt(start) === 48 && nonzero) {
      this.pos = p;
      // Find the first non-zero digit, as CPython points at the whole literal.
      let nz = start;
      while (s.charCodeAt(nz) === 48 || s.charCodeAt(nz) === 95) nz++;
      this.fail("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", start, nz);
    }
    this.endOfNumber(start, p, "decimal");
  }

  /** Digits with single underscores between them; returns the end position. */
  digits(start: number, p: number, kind: string): number {
    const s = this.s;
    for (;;) {
      while (isDigit(s.charCodeAt(p))) p++;
      if (s.charCodeAt(p) !== 95) return p;
      p++;
      if (!isDigit(s.charCodeAt(p))) {
        this.pos = p;
        this.fail("SyntaxError", `invalid ${kind} literal`, p - 1);
      }
    }
    void start;
  }

  /** CPython's verify_end_of_number: a number may not run into an identifier (keywords aside). */
  endOfNumber(start: number, p: number, kind: string): void {
    const s = this.s;
    const c = s.charCodeAt(p);
    // Only an ASCII identifier character counts (CPython 3.11.7's `c < 128 &&`); a non-ASCII
    // one starts the next token, which then fails as a NAME or an invalid character.
    if (c < 128 && IDCLASS[c] !== 0 && p < this.n) {
      // "1if x else y" and friends are accepted (with a DeprecationWarning in CPython).
      const rest = s.slice(p, p + 8);
      if (!/^(and|else|for|if|in|is|not|or)/.test(rest)) {
        this.pos = p;
        this.fail("SyntaxError", `invalid ${kind} literal`, kind === "decimal" || kind === "imaginary" ? start : p);
      }
    }
    this.pos = p;
    this.push(T.NUMBER, start, p, s.slice(start, p));
  }

  /** A string literal whose prefix starts at `start` and whose opening quote is at `q`. */
  string(start: number, q: number): void {
    const s = this.s, n = this.n;
    const quote = s.charCodeAt(q);
    const startLine = this.lineno, startLineStart = this.lineStart;
    let p = q + 1;
    let triple = false;
    if (s.charCodeAt(p) === quote && s.charCodeAt(p + 1) === quote) {
      triple = true;
      p += 2;
    }
    for (;;) {
      if (p >= n) {
        if (triple) {
          this.pos = p;
          throw this.t.errorAt("SyntaxError", `unterminated triple-quoted string literal (detected at line ${this.eofLine()})`, startLine, start, startLine, start);
        }
        this.unterminated(start, startLine);
      }
      const c = s.charCodeAt(p);
      if (c === quote) {
        if (!triple) { p++; break; }
        if (s.charCodeAt(p + 1) === quote && s.charCodeAt(p + 2) === quote) { p += 3; break; }
        p++;
      } else if (c === 92) {
        p++;
        if (s.charCodeAt(p) === 10) {
          p++;
          this.pos = p;
          this.lineno++;
          this.lineStart = p;
        } else p++;
      } else if (c === 10) {
        if (!triple) this.unterminated(start, startLine);
        p++;
        this.lineno++;
        this.lineStart = p;
      } else p++;
    }
    const t = this.t;
    this.pos = p;
    t.kind.push(T.STRING);
    t.start.push(start);
    t.end.push(p);
    t.line.push(startLine);
    t.col.push(this.byteCol(startLineStart, start));
    t.endLine.push(this.lineno);
    t.endCol.push(this.byteCol(this.lineStart, p));
    t.value.push(s.slice(start, p));
  }

  unterminated(start: number, startLine: number): never {
    this.pos = start;
    throw this.t.errorAt("SyntaxError", `unterminated string literal (detected at line ${this.lineno})`, startLine, start, startLine, start);
  }

  operator(start: number, c: number): void {
    const s = this.s;
    const c1 = s.charCodeAt(start + 1);
    const c2 = s.charCodeAt(start + 2);
    let kind: T;
    let len = 1;
    switch (c) {
      case 40: case 91: case 123: // ( [ {
        kind = c === 40 ? T.LPAR : c === 91 ? T.LSQB : T.LBRACE;
        if (this.parens.length >= 200) this.fail("SyntaxError", "too many nested parentheses", start);
        this.parens.push(c);
        this.parenLines.push(this.lineno);
        this.parenPos.push(start);
        this.parenLineStart.push(this.lineStart);
        break;
      case 41: case 93: case 125: { // ) ] }
        kind = c === 41 ? T.RPAR : c === 93 ? T.RSQB : T.RBRACE;
        const ch = String.fromCharCode(c);
        if (this.parens.length === 0) { this.pos = start; this.fail("SyntaxError", `unmatched '${ch}'`, start); }
        const open = this.parens.pop()!;
        const ol = this.parenLines.pop()!;
        this.parenPos.pop();
        this.parenLineStart.pop();
        if (open !== CLOSERS[c]) {
          this.pos = start;
          const o = String.fromCharCode(open);
          const msg = ol !== this.lineno
            ? `closing parenthesis '${ch}' does not match opening parenthesis '${o}' on line ${ol}`
            : `closing parenthesis '${ch}' does not match opening parenthesis '${o}'`;
          this.fail("SyntaxError", msg, start);
        }
        break;
      }
      case 58: if (c1 === 61) { kind = T.COLONEQUAL; len = 2; } else kind = T.COLON; break;
      case 44: kind = T.COMMA; break;
      case 59: kind = T.SEMI; break;
      case 43: if (c1 === 61) { kind = T.PLUSEQUAL; len = 2; } else kind = T.PLUS; break;
      case 45:
        if (c1 === 61) { kind = T.MINEQUAL; len = 2; } else if (c1 === 62) { kind = T.RARROW; len = 2; } else kind = T.MINUS;
        break;
      case 42:
        if (c1 === 42) {
          if (c2 === 61) { kind = T.DOUBLESTAREQUAL; len = 3; } else { kind = T.DOUBLESTAR; len = 2; }
        } else if (c1 === 61) { kind = T.STAREQUAL; len = 2; } else kind = T.STAR;
        break;
      case 47:
        if (c1 === 47) {
          if (c2 === 61) { kind = T.DOUBLESLASHEQUAL; len = 3; } else { kind = T.DOUBLESLASH; len = 2; }
        } else if (c1 === 61) { kind = T.SLASHEQUAL; len = 2; } else kind = T.SLASH;
        break;
      case 124: if (c1 === 61) { kind = T.VBAREQUAL; len = 2; } else kind = T.VBAR; break;
      case 38: if (c1 === 61) { kind = T.AMPEREQUAL; len = 2; } else kind = T.AMPER; break;
      case 60:
        if (c1 === 60) {
          if (c2 === 61) { kind = T.LEFTSHIFTEQUAL; len = 3; } else { kind = T.LEFTSHIFT; len = 2; }
        } else if (c1 === 61) { kind = T.LESSEQUAL; len = 2; } else if (c1 === 62) { kind = T.NOTEQUAL; len = 2; } else kind = T.LESS;
        break;
      case 62:
        if (c1 === 62) {
          if (c2 === 61) { kind = T.RIGHTSHIFTEQUAL; len = 3; } else { kind = T.RIGHTSHIFT; len = 2; }
        } else if (c1 === 61) { kind = T.GREATEREQUAL; len = 2; } else kind = T.GREATER;
        break;
      case 61: if (c1 === 61) { kind = T.EQEQUAL; len = 2; } else kind = T.EQUAL; break;
      case 33: if (c1 === 61) { kind = T.NOTEQUAL; len = 2; } else kind = T.EXCLAMATION; break;
      case 46: if (c1 === 46 && c2 === 46) { kind = T.ELLIPSIS; len = 3; } else kind = T.DOT; break;
      case 37: if (c1 === 61) { kind = T.PERCENTEQUAL; len = 2; } else kind = T.PERCENT; break;
      case 126: kind = T.TILDE; break;
      case 94: if (c1 === 61) { kind = T.CIRCUMFLEXEQUAL; len = 2; } else kind = T.CIRCUMFLEX; break;
      case 64: if (c1 === 61) { kind = T.ATEQUAL; len = 2; } else kind = T.AT; break;
      default:
        // '$', '?', '`', control characters: CPython yields an ERRORTOKEN -> "invalid syntax".
        if (c < 32 && c !== 13) { this.pos = start; this.badChar(c, start); }
        kind = T.EXCLAMATION;
        break;
    }
    this.pos = start + len;
    this.push(kind, start, start + len, null);
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isRadixDigit(c: number, d: number): boolean {
  if (d === 120) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 102);
  if (d === 111) return c >= 48 && c <= 55;
  return c === 48 || c === 49;
}

function isStringPrefix(s: string, start: number, end: number): boolean {
  const a = s.charCodeAt(start) | 32;
  if (end - start === 1) return a === 114 || a === 117 || a === 98 || a === 102; // r u b f
  const b = s.charCodeAt(start + 1) | 32;
  // br rb fr rf
  return (a === 98 && b === 114) || (a === 114 && (b === 98 || b === 102)) || (a === 102 && b === 114);
}

/** Python's str.isprintable() for one code point, approximated with Unicode categories. */
function isPrintable(cp: number): boolean {
  if (cp === 32) return true;
  return !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(String.fromCodePoint(cp));
}
