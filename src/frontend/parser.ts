// Entry points of the parser: a module from source text, and one f-string replacement field.
//
// The grammar itself lives in src/frontend/parser/ (see core.ts for how it works).

import type { Expr, Module, Stmt } from "./ast-table.js";
import { PySyntaxError } from "./errors.js";
import { FAIL, Parser } from "./parser/core.js";
import { starExpressions } from "./parser/expressions.js";
import { statements } from "./parser/statements.js";
import { fieldParser } from "./parser/strings-glue.js";
import { tokenize } from "./tokenizer.js";
import { T } from "./tokens.js";

/** Source newlines as CPython's tokenizer delivers them: \r\n and \r become \n. */
function normalize(source: string): string {
  return source.indexOf("\r") < 0 ? source : source.replace(/\r\n?/g, "\n");
}

export function parseModule(source: string, filename: string): Module {
  const tk = tokenize(normalize(source), filename);
  const p = new Parser(tk);
  const body: Stmt[] = [];
  try {
    statements(p, body);
    if (p.k !== T.ENDMARKER) throw FAIL;
  } catch (e) {
    if (p.matchNewline && (e === FAIL || (e instanceof PySyntaxError && e !== tk.error))) {
      throw laterTokenizerError(p, p.errorTokens("expected ':'", Math.min(p.max, tk.kind.length - 1)));
    }
    if (e === FAIL) throw p.genericError();
    throw laterTokenizerError(p, e);
  }
  return { _type: "Module", body, type_ignores: [] };
}

/**
 * CPython tokenizes the rest of the file after a parser error (_PyPegen_tokenize_full_source_
 * to_check_for_errors): a tokenizer error there wins, and so does a bracket left open at EOF
 * if the parser had read past the line that opened it.
 */
function laterTokenizerError(p: Parser, e: unknown): unknown {
  const tk = p.tk;
  const err = tk.error;
  if (err === null || e === err || !(e instanceof PySyntaxError)) return e;
  // The generic indentation errors are final (_PyPegen_set_syntax_error returns at once).
  if (e.msg === "unexpected indent" || e.msg === "unexpected unindent") return e;
  if (tk.unclosedLine === 0) return err;
  const j = Math.min(p.max, tk.kind.length - 1);
  return tk.line[j]! > tk.unclosedLine ? err : e;
}

/**
 * Parses an f-string replacement field. `source` is the field's text wrapped in parentheses
 * ("(x + 1)", as CPython 3.11 does), its "(" sitting at byte column `colOffset` of line
 * `lineno`: tokens on the first line are shifted by colOffset, tokens on later lines keep
 * their own columns (CPython's behaviour), and line numbers start at `lineno`.
 */
export function parseExpressionAt(source: string, filename: string, lineno: number, colOffset: number): Expr {
  const tk = tokenize(normalize(source), filename);
  const shift = lineno - 1;
  const n = tk.kind.length;
  for (let i = 0; i < n; i++) {
    if (tk.endLine[i] === 1) {
      tk.col[i] += colOffset;
      tk.endCol[i] += colOffset;
    }
    tk.line[i] += shift;
    tk.endLine[i] += shift;
  }
  let p: Parser;
  try {
    p = new Parser(tk);
  } catch (e) {
    throw fstringError(e);
  }
  p.fstring = true;
  p.lineShift = shift;
  p.firstLine = lineno;
  p.colShift = colOffset;
  try {
    const e = starExpressions(p);
    if (p.k === T.NEWLINE) p.next();
    if (p.k !== T.ENDMARKER) throw FAIL;
    return e;
  } catch (e) {
    if (e === FAIL) throw p.genericError();
    throw fstringError(e);
  }
}

function fstringError(e: unknown): unknown {
  if (!(e instanceof PySyntaxError) || e.msg.startsWith("f-string: ")) return e;
  return new PySyntaxError(e.type, "f-string: " + e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
}

fieldParser.parse = parseExpressionAt;
