// Compile-time diagnostics: SyntaxErrors raised by the symbol table pass and the compiler,
// located the way CPython locates them, and the internal-error type for compiler bugs.
//
// AST columns are UTF-8 byte offsets; SyntaxError offsets are 1-based character offsets into
// the source line, so the conversion needs the line's text (kept here, split lazily).

import { PySyntaxError } from "../errors.js";

export interface Loc {
  lineno: number;
  col_offset: number;
  end_lineno?: number | null;
  end_col_offset?: number | null;
}

/** A bug in the compiler (inconsistent stack depth, unknown node...), never the user's fault. */
export class InternalCompilerError extends Error {
  constructor(message: string) {
    super(`internal compiler error: ${message}`);
  }
}

export class SourceInfo {
  private lines: string[] | null = null;

  constructor(
    readonly filename: string,
    readonly source: string,
  ) {}

  /** The source line `lineno` (1-based) with its newline, or null. */
  line(lineno: number): string | null {
    if (this.lines === null) this.lines = this.source.split(/(?<=\n)/);
    const text = this.lines[lineno - 1];
    return text === undefined ? null : text.endsWith("\n") ? text : text + "\n";
  }

  /** A SyntaxError at `loc` (the node's whole range), CPython style. */
  error(msg: string, loc: Loc | null): PySyntaxError {
    if (loc === null) return new PySyntaxError("SyntaxError", msg, this.filename, 1, 0, null);
    const text = this.line(loc.lineno);
    const endLineno = loc.end_lineno ?? loc.lineno;
    const endText = endLineno === loc.lineno ? text : this.line(endLineno);
    const offset = byteToCharOffset(text, loc.col_offset) + 1;
    const endOffset = loc.end_col_offset == null ? offset : byteToCharOffset(endText, loc.end_col_offset) + 1;
    return new PySyntaxError("SyntaxError", msg, this.filename, loc.lineno, offset, text, endLineno, endOffset);
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function byteToCharOffset(text: string | null, byteOffset: number): number {
  if (text === null) return byteOffset;
  const bytes = encoder.encode(text);
  if (byteOffset >= bytes.length) return [...text].length + (byteOffset - bytes.length);
  return [...decoder.decode(bytes.subarray(0, byteOffset))].length;
}
