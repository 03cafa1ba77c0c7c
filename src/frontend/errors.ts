// Compile-time errors: SyntaxError, IndentationError and TabError, carrying what CPython's
// SyntaxError carries (filename, lineno, offset, text, end_lineno, end_offset) and printed the
// way CPython 3.11 prints an uncaught one.
//
// Offsets here are CPython's: 1-based and counted in characters (code points) of the line,
// not UTF-8 bytes (AST col_offsets are bytes; SyntaxError offsets are not).

export type SyntaxErrorType = "SyntaxError" | "IndentationError" | "TabError";

export class PySyntaxError extends Error {
  constructor(
    readonly type: SyntaxErrorType,
    readonly msg: string,
    readonly filename: string,
    readonly lineno: number,
    /** 1-based character offset of the error's start in `text`; 0 when unknown. */
    readonly offset: number,
    /** The source line (with its newline, as CPython keeps it), or null when unknown. */
    readonly text: string | null,
    readonly endLineno: number = lineno,
    /** 1-based character offset just past the error's end; 0 or -1 when unknown. */
    readonly endOffset: number = offset,
  ) {
    super(`${type}: ${msg} (${filename}, line ${lineno})`);
  }
}

/** The lines CPython writes to stderr for an uncaught syntax error (ends with a newline). */
export function formatSyntaxError(e: PySyntaxError): string {
  let out = `  File "${e.filename}", line ${e.lineno}\n`;
  if (e.text !== null) out += formatErrorText(e);
  return out + `${e.type}: ${e.msg}\n`;
}

// Mirrors print_error_text() in CPython's pythonrun.c: strip leading blanks (moving the
// caret with them), clip the caret to the line, then draw ^ up to end_offset.
function formatErrorText(e: PySyntaxError): string {
  let text = e.text!;
  let offset = e.offset - 1;
  let lineLen = [...text.replace(/\n$/, "")].length;
  let endOffset = e.endLineno > e.lineno ? lineLen : e.endOffset - 1;
  let stripped = 0;
  while (stripped < text.length && " \t\f".includes(text[stripped]!)) stripped++;
  text = text.slice(stripped);
  offset -= stripped;
  endOffset -= stripped;
  lineLen -= stripped;
  text = text.replace(/\n$/, "");
  if (offset > lineLen) offset = lineLen;
  let out = `    ${text}\n`;
  if (offset < 0) return out;
  const repeat = endOffset > offset ? Math.min(endOffset, lineLen + 1) - offset : 1;
  out += `    ${" ".repeat(offset)}${"^".repeat(Math.max(repeat, 1))}\n`;
  return out;
}
