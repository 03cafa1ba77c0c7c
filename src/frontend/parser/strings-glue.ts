// Adjacent STRING tokens -> one expression, through strings.ts (which owns all literal
// decoding and f-strings). The parser's part is only to hand over the pieces with their
// locations and to act as the FStringHost that parses replacement fields.

import type { Expr } from "../ast-table.js";
import { parseStrings, type ErrorLocation, type FStringHost, type StringPiece } from "../strings.js";
import { T } from "../tokens.js";
import type { Parser } from "./core.js";

/** Hook set by parser.ts (avoids an import cycle): parses an f-string replacement field. */
export const fieldParser: { parse: ((source: string, filename: string, lineno: number, col: number) => Expr) | null } = { parse: null };

class Host implements FStringHost {
  constructor(readonly p: Parser, readonly filename: string) {}
  parseExpression(source: string, lineno: number, colOffset: number): Expr {
    return fieldParser.parse!(source, this.filename, lineno, colOffset);
  }
  errorLocationAfterStrings(): ErrorLocation {
    const p = this.p, tk = p.tk;
    const j = p.i;
    const line = tk.line[j]!;
    const ls = tk.source.lastIndexOf("\n", tk.start[j]! - 1) + 1;
    const off = tk.start[j]! - ls + 1;
    const endOff = tk.endLine[j] === line ? tk.end[j]! - ls + 1 : off;
    return { lineno: line + p.lineShift, offset: off, endLineno: line + p.lineShift, endOffset: endOff, text: tk.lineText(line) };
  }
  sourceLine(lineno: number): string | null {
    return this.p.tk.lineText(lineno - this.p.lineShift);
  }
}

export function strings(p: Parser): Expr {
  const tk = p.tk;
  const pieces: StringPiece[] = [];
  const src = tk.source;
  do {
    const j = p.i;
    const start = tk.start[j]!;
    const ls = src.lastIndexOf("\n", start - 1) + 1;
    pieces.push({ text: tk.value[j]!, lineno: tk.line[j]!, col: tk.col[j]!, endLineno: tk.endLine[j]!, endCol: tk.endCol[j]!, charCol: start - ls });
    p.next();
  } while (p.k === T.STRING);
  return parseStrings(pieces, new Host(p, tk.filename));
}
