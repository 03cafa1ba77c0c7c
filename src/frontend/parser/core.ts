// The parser's state and its token-level helpers, shared by the grammar files.
//
// The parser is recursive descent over the flat token arrays of tokenizer.ts. `i` is the
// current token; `k` caches its kind. Grammar functions live in sibling files as free
// functions taking the Parser (expressions.ts, statements.ts, targets.ts, patterns.ts,
// arguments.ts) so that no file grows too large.
//
// Failure is of two kinds. A specific error (CPython's invalid_* rules) is a PySyntaxError
// thrown at once. A plain mismatch throws the FAIL sentinel: the few places that backtrack
// (parenthesized with-items, `match` as a soft keyword) catch it and rewind `i`; everywhere
// else it reaches the top, which reports "invalid syntax" at the furthest token looked at,
// as CPython's PEG parser does.

import { PySyntaxError, type SyntaxErrorType } from "../errors.js";
import type { Tokens } from "../tokenizer.js";
import { T } from "../tokens.js";
import type { Expr, Located } from "../ast-table.js";

/** Thrown for a plain mismatch (see above); never escapes the parser. */
export const FAIL = { fail: true };

export class Parser {
  readonly tk: Tokens;
  readonly kinds: number[];
  readonly lines: number[];
  readonly cols: number[];
  readonly endLines: number[];
  readonly endCols: number[];
  readonly values: (string | null)[];
  i = 0;
  /** Kind of the current token (typed `number` so that TS does not narrow it across calls). */
  k: number;
  /** Furthest token index examined, for "invalid syntax" locations. */
  max = 0;
  /** Inside an f-string replacement field: errors get an "f-string: " prefix. */
  fstring = false;
  /** A `match subject NEWLINE` statement was seen (see patterns.ts). */
  matchNewline = false;
  /** Error path only: binary operators backtrack when their right operand fails (see expressions.ts). */
  lenient = false;
  /** Nesting depth of function bodies / async function bodies (for nothing but diagnostics). */
  depth = 0;

  constructor(tk: Tokens) {
    this.tk = tk;
    this.kinds = tk.kind;
    this.lines = tk.line;
    this.cols = tk.col;
    this.endLines = tk.endLine;
    this.endCols = tk.endCol;
    this.values = tk.value;
    this.k = tk.kind[0]!;
    if (this.k === T.ERROR) throw tk.error!;
  }

  /** Moves to the next token. */
  next(): void {
    const i = ++this.i;
    const k = this.kinds[i]!;
    if (i > this.max) this.max = i;
    if (k === T.ERROR) this.tokenError();
    this.k = k;
  }

  /** Kind of the token `n` ahead (n >= 1). */
  peek(n: number): T {
    const j = this.i + n;
    if (j >= this.kinds.length) return T.ENDMARKER;
    if (j > this.max) this.max = j;
    return this.kinds[j]!;
  }

  tokenError(): never {
    throw this.tk.error!;
  }

  /** Consumes a token of kind `k` or fails. */
  expect(k: T): void {
    if (this.k !== k) throw FAIL;
    this.next();
  }

  eat(k: T): boolean {
    if (this.k !== k) return false;
    this.next();
    return true;
  }

  /** The current NAME's text (asserting it is a NAME). */
  name(): string {
    if (this.k !== T.NAME) throw FAIL;
    const v = this.values[this.i]!;
    this.next();
    return v;
  }

  isName(text: string): boolean {
    return this.k === T.NAME && this.values[this.i] === text;
  }

  /** Sets `node`'s location: from token `s` to the previous token (CPython's EXTRA). */
  at<N extends Located>(s: number, node: N): N {
    const j = this.i - 1;
    node.lineno = this.lines[s]!;
    node.col_offset = this.cols[s]!;
    node.end_lineno = this.endLines[j]!;
    node.end_col_offset = this.endCols[j]!;
    return node;
  }

  /**
   * Ends a compound statement at the last token that is not NEWLINE/INDENT/DEDENT, as
   * CPython's EXTRA does (so a trailing `;` in the last body counts).
   */
  endReal<N extends Located>(node: N): N {
    let j = this.i - 1;
    for (;;) {
      const k = this.kinds[j]!;
      if (k !== T.NEWLINE && k !== T.INDENT && k !== T.DEDENT) break;
      j--;
    }
    node.end_lineno = this.endLines[j]!;
    node.end_col_offset = this.endCols[j]!;
    return node;
  }

  /** Copies the end location of the previous token into `node`. */
  end<N extends Located>(node: N): N {
    const j = this.i - 1;
    node.end_lineno = this.endLines[j]!;
    node.end_col_offset = this.endCols[j]!;
    return node;
  }

  // --- Errors -------------------------------------------------------------------------

  /** A SyntaxError spanning tokens [from, to] (inclusive). */
  errorTokens(msg: string, from: number, to: number = from, type: SyntaxErrorType = "SyntaxError"): PySyntaxError {
    const tk = this.tk;
    // Tokens at EOF have no end column in CPython.
    const k = tk.kind[to];
    const end = k === T.ENDMARKER || k === T.DEDENT ? -1 : tk.end[to]!;
    return this.mk(type, msg, tk.line[from]!, tk.start[from]!, tk.endLine[to]!, end);
  }

  /** A SyntaxError spanning node `a` through node `b` (AST locations are byte columns). */
  errorNodes(msg: string, a: Located, b: Located = a): PySyntaxError {
    return this.mk("SyntaxError", msg, a.lineno, this.bytePos(a.lineno, a.col_offset), b.end_lineno, this.bytePos(b.end_lineno, b.end_col_offset));
  }

  /** Converts a byte column on a line to a character position in the source. */
  bytePos(lineno: number, col: number): number {
    const tk = this.tk;
    const ls = tk.lineStart(lineno - this.lineShift);
    const s = tk.source;
    if (lineno === this.firstLine) col -= this.colShift;
    let b = 0, p = ls;
    while (b < col && p < s.length) {
      const c = s.charCodeAt(p++);
      b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : c >= 0xdc00 && c <= 0xdfff ? 0 : 3;
    }
    return p;
  }

  /** Line/column shifts applied to f-string sub-parses (see parseExpressionAt). */
  lineShift = 0;
  firstLine = 1;
  colShift = 0;

  mk(type: SyntaxErrorType, msg: string, lineno: number, startPos: number, endLineno: number, endPos: number): PySyntaxError {
    if (this.fstring) msg = "f-string: " + msg;
    const e = this.tk.errorAt(type, msg, lineno - this.lineShift, startPos, endLineno - this.lineShift, endPos);
    if (this.lineShift === 0) return e;
    return new PySyntaxError(e.type, e.msg, e.filename, lineno, e.offset, e.text, endLineno, e.endOffset);
  }

  /** "unexpected indent" at INDENT token `j`: CPython points at the last blank of the indentation. */
  unexpectedIndent(j: number): PySyntaxError {
    const tk = this.tk;
    const e = tk.errorAt("IndentationError", "unexpected indent", tk.line[j]!, tk.end[j]! - 1, tk.line[j]!, -1);
    return e;
  }

  /** The generic "invalid syntax" (or a better tokenizer error found later in the file). */
  genericError(): PySyntaxError {
    const tk = this.tk;
    let j = this.max;
    if (j >= tk.kind.length) j = tk.kind.length - 1;
    const k = tk.kind[j]!;
    if (k === T.ERROR) return tk.error!;
    // CPython reports these without tokenizing the rest of the file.
    if (k === T.INDENT) return this.unexpectedIndent(j);
    if (k === T.DEDENT) return this.errorTokens("unexpected unindent", j, j, "IndentationError");
    const last = tk.kind.length - 1;
    if (tk.kind[last] === T.ERROR) {
      const err = tk.error!;
      if (tk.unclosedLine === 0 || tk.line[j]! > tk.unclosedLine) return err;
    }
    if (k === T.INDENT) return this.unexpectedIndent(j);
    if (k === T.DEDENT) return this.errorTokens("unexpected unindent", j, j, "IndentationError");
    if (k === T.ENDMARKER && this.fstring) return this.errorTokens("expecting '}'", j);
    return this.errorTokens("invalid syntax", j);
  }
}

/** Location fields of `a`'s start and `b`'s end. */
export function span<N extends Located>(node: N, a: Located, b: Located): N {
  node.lineno = a.lineno;
  node.col_offset = a.col_offset;
  node.end_lineno = b.end_lineno;
  node.end_col_offset = b.end_col_offset;
  return node;
}

/** CPython's _PyPegen_get_expr_name: how error messages name an expression. */
export function exprName(e: Expr): string {
  switch (e._type) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v === null) return "None";
      if (v === true) return "True";
      if (v === false) return "False";
      if (typeof v === "symbol") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}
