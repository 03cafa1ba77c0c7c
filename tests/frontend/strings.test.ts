// Tests for string literal decoding and f-string parsing (src/frontend/strings.ts, fstrings.ts).
// Every expectation is CPython 3.11.7's output: ast.dump(ast.parse(src).body[0].value), or the
// SyntaxError's msg and (lineno, offset, end_lineno, end_offset), produced by running python3.
//
// Until the real parser exists, string tokens are cut out of the one-line sources by a small
// scanner here, and f-string fields are parsed by a test host that knows names and nested
// string literals only.

import { describe, expect, it } from "vitest";
import { dumpAst } from "../../src/frontend/ast-dump.js";
import type { Expr } from "../../src/frontend/ast-table.js";
import { CodePointStr } from "../../src/frontend/constants.js";
import { PySyntaxError } from "../../src/frontend/errors.js";
import { parseStrings, type FStringHost, type StringPiece } from "../../src/frontend/strings.js";

function utf8Length(s: string, from: number, to: number): number {
  return Buffer.byteLength(s.slice(from, to), "utf8");
}

function codePoints(s: string, from: number, to: number): number {
  return [...s.slice(from, to)].length;
}

/** The string tokens of `src` (strings separated by blanks, newlines and parentheses). */
function piecesOf(src: string, lineno = 1, colOffset = 0): StringPiece[] {
  const pieces: StringPiece[] = [];
  let line = lineno;
  let lineStart = 0;
  let i = 0;
  const colAt = (pos: number, ln: number, ls: number) => (ln === lineno ? colOffset : 0) + utf8Length(src, ls, pos);
  const charColAt = (pos: number, ln: number, ls: number) => (ln === lineno ? colOffset : 0) + codePoints(src, ls, pos);
  while (i < src.length) {
    const c = src[i]!;
    if (c === "\n") { line++; lineStart = ++i; continue; }
    if (" ()".includes(c)) { i++; continue; }
    const start = i;
    const startLine = line;
    const startLineStart = lineStart;
    while (/[a-zA-Z]/.test(src[i]!)) i++;
    const q = src[i]!;
    const triple = src.startsWith(q.repeat(3), i);
    const close = triple ? q.repeat(3) : q;
    i += close.length;
    while (!src.startsWith(close, i)) {
      if (src[i] === "\\") i++;
      if (src[i] === "\n") { line++; lineStart = i + 1; }
      i++;
    }
    i += close.length;
    pieces.push({
      text: src.slice(start, i), lineno: startLine, col: colAt(start, startLine, startLineStart),
      endLineno: line, endCol: colAt(i, line, lineStart), charCol: charColAt(start, startLine, startLineStart),
    });
  }
  return pieces;
}

/** Parses "(name)" or "(string literals)"; anything else is "invalid syntax". */
const host: FStringHost = {
  filename: "<unknown>",
  parseExpression(source: string, lineno: number, colOffset: number): Expr {
    const m = /^\(\s*([A-Za-z_][A-Za-z_0-9]*)\s*\)$/.exec(source);
    if (m) {
      const at = source.indexOf(m[1]!);
      const before = source.slice(0, at);
      const lines = before.split("\n").length - 1;
      const lineStart = before.lastIndexOf("\n") + 1;
      const col = (lines === 0 ? colOffset : 0) + utf8Length(source, lineStart, at);
      return {
        _type: "Name", id: m[1]!, ctx: "Load",
        lineno: lineno + lines, col_offset: col, end_lineno: lineno + lines, end_col_offset: col + m[1]!.length,
      };
    }
    if (/^\(\s*[a-zA-Z]*['"]/.test(source)) return parseStrings(piecesOf(source, lineno, colOffset), host);
    throw new PySyntaxError("SyntaxError", "invalid syntax. Perhaps you forgot a comma?", "<unknown>", lineno, 2, source + "\n", lineno, source.length);
  },
};

function dumpOf(src: string, includeAttributes = false): string {
  return dumpAst(parseStrings(piecesOf(src), host), { includeAttributes });
}

function errorOf(src: string): PySyntaxError {
  try {
    parseStrings(piecesOf(src), host);
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    throw e;
  }
  throw new Error(`no error for ${src}`);
}

const DUMPS: [string, string][] = [
  ["\"abc\"", "Constant(value='abc')"],
  ["'abc'", "Constant(value='abc')"],
  ["\"\"", "Constant(value='')"],
  ["''", "Constant(value='')"],
  ["\"\"\"abc\"\"\"", "Constant(value='abc')"],
  ["'''a\nb'''", "Constant(value='a\\nb')"],
  ["u\"a\"", "Constant(value='a', kind='u')"],
  ["U\"a\"", "Constant(value='a')"],
  ["r\"a\\nb\"", "Constant(value='a\\\\nb')"],
  ["R\"a\\nb\"", "Constant(value='a\\\\nb')"],
  ["b\"abc\"", "Constant(value=b'abc')"],
  ["B\"abc\"", "Constant(value=b'abc')"],
  ["br\"\\x00\"", "Constant(value=b'\\\\x00')"],
  ["Rb\"\\x00\"", "Constant(value=b'\\\\x00')"],
  ["bR\"a\"", "Constant(value=b'a')"],
  ["\"a\" \"b\"", "Constant(value='ab')"],
  ["\"a\" u\"b\"", "Constant(value='ab')"],
  ["u\"a\" \"b\"", "Constant(value='ab', kind='u')"],
  ["(\"a\"\n\"b\")", "Constant(value='ab')"],
  ["\"a\" 'b' \"\"\"c\"\"\"", "Constant(value='abc')"],
  ["b\"a\" b\"b\"", "Constant(value=b'ab')"],
  ["b\"a\" B\"b\" rb\"\\n\"", "Constant(value=b'ab\\\\n')"],
  ["\"\\\\ \\' \\\" \\a \\b \\f \\n \\r \\t \\v\"", "Constant(value='\\\\ \\' \" \\x07 \\x08 \\x0c \\n \\r \\t \\x0b')"],
  ["\"\\0 \\7 \\10 \\101 \\1011 \\777 \\400\"", "Constant(value='\\x00 \\x07 \\x08 A A1 \u01ff \u0100')"],
  ["b\"\\0 \\7 \\101 \\777 \\400\"", "Constant(value=b'\\x00 \\x07 A \\xff \\x00')"],
  ["\"\\x41\\x7e\\xff\\xFf\"", "Constant(value='A~\u00ff\u00ff')"],
  ["b\"\\x41\\x7e\\xff\\xFf\"", "Constant(value=b'A~\\xff\\xff')"],
  ["\"\\u0041\\u00e9\\u20AC\\ud800x\\udfff\"", "Constant(value='A\u00e9\u20ac\\ud800x\\udfff')"],
  ["\"\\U0001F600\\U00000041\\U0010FFFF\"", "Constant(value='\ud83d\ude00A\\U0010ffff')"],
  ["\"a\\\nb\"", "Constant(value='ab')"],
  ["b\"a\\\nb\"", "Constant(value=b'ab')"],
  ["\"\"\"a\\\nb\"\"\"", "Constant(value='ab')"],
  ["\"\\q\\8\\9\\ \\z\"", "Constant(value='\\\\q\\\\8\\\\9\\\\ \\\\z')"],
  ["b\"\\q\\8\\u0041\\N{x}\"", "Constant(value=b'\\\\q\\\\8\\\\u0041\\\\N{x}')"],
  ["\"\\N{LATIN SMALL LETTER A}\\N{latin capital letter b}\"", "Constant(value='aB')"],
  ["\"\\N{BYTE ORDER MARK}\\N{NUL}\\N{LINE FEED}\"", "Constant(value='\\ufeff\\x00\\n')"],
  ["\"\\N{CJK UNIFIED IDEOGRAPH-4E00}\\N{HANGUL SYLLABLE GAG}\"", "Constant(value='\u4e00\uac01')"],
  ["\"\\N{GRINNING FACE}\"", "Constant(value='\ud83d\ude00')"],
  ["\"\u00e9\\x41\"", "Constant(value='\u00e9A')"],
  ["\"\u00e9\"", "Constant(value='\u00e9')"],
  ["\"\\\u00e9\"", "Constant(value='\\\\\u00e9')"],
  ["\"\ud83d\ude00\\n\"", "Constant(value='\ud83d\ude00\\n')"],
  ["b\"\\\\\"", "Constant(value=b'\\\\')"],
  ["\"\\\\N{x}\"", "Constant(value='\\\\N{x}')"],
  ["r\"\\N{x}\"", "Constant(value='\\\\N{x}')"],
  ["\"\\x00\"", "Constant(value='\\x00')"],
  ["b\"\\x00\"", "Constant(value=b'\\x00')"],
  ["f\"a\"", "JoinedStr(values=[Constant(value='a')])"],
  ["f\"\"", "JoinedStr(values=[])"],
  ["F\"a\"", "JoinedStr(values=[Constant(value='a')])"],
  ["f\"\" \"\"", "JoinedStr(values=[])"],
  ["\"\" f\"\"", "JoinedStr(values=[])"],
  ["u\"a\" f\"b\"", "JoinedStr(values=[Constant(value='ab', kind='u')])"],
  ["u\"a\" f\"{x}\"", "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"a\" \"b\" f\"{x}\" \"c\"", "JoinedStr(values=[Constant(value='ab'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='c')])"],
  ["f\"{x}\" \"\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"{x}{y}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])"],
  ["f\"{x}\" f\"{y}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])"],
  ["f\"a{x}b{y}c\"", "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='b'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='c')])"],
  ["f\"{x!r}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])"],
  ["f\"{x!s}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)])"],
  ["f\"{x!a}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=97)])"],
  ["f\"{x:>10}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))])"],
  ["f\"{x!r:>10}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>10')]))])"],
  ["f\"{x:}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[]))])"],
  ["f\"{x!r:}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[]))])"],
  ["f\"{x:{y}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))])"],
  ["f\"{x:>{y}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)]))])"],
  ["f\"{x:{y}>}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='>')]))])"],
  ["f\"{x!r:>{w}.{p}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1), Constant(value='.'), FormattedValue(value=Name(id='p', ctx=Load()), conversion=-1)]))])"],
  ["f\"{x:{y:a}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a')]))]))])"],
  ["f\"{x:{y!r}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))])"],
  ["f\"{x:{y=}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='y='), FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))])"],
  ["f\"{x:{y}=}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='=')]))])"],
  ["f\"{x:a{y}b}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='b')]))])"],
  ["f\"{x:\\n}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\n')]))])"],
  ["f\"{x:\\x41}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='A')]))])"],
  ["f\"{x:=1}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='=1')]))])"],
  ["f\"{x=}\"", "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])"],
  ["f\"{x = }\"", "JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])"],
  ["f\"{ x = }\"", "JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])"],
  ["f\"{x=!s}\"", "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)])"],
  ["f\"{x=!r:^20}\"", "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='^20')]))])"],
  ["f\"{x=:>10}\"", "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10')]))])"],
  ["f\"a{x=}b\"", "JoinedStr(values=[Constant(value='ax='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='b')])"],
  ["f\"{x=}\" \"a\"", "JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114), Constant(value='a')])"],
  ["f\"a{{b}}c\"", "JoinedStr(values=[Constant(value='a{b}c')])"],
  ["f\"{{\"", "JoinedStr(values=[Constant(value='{')])"],
  ["f\"}}\"", "JoinedStr(values=[Constant(value='}')])"],
  ["f\"{{x}}\"", "JoinedStr(values=[Constant(value='{x}')])"],
  ["f\"{{{x}}}\"", "JoinedStr(values=[Constant(value='{'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')])"],
  ["f\"{{{x}\"", "JoinedStr(values=[Constant(value='{'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"{x}}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='}')])"],
  ["f\"{x:a}}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a')])), Constant(value='}')])"],
  ["f\"\\{x}\"", "JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["rf\"\\{x}\"", "JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["fr\"\\n{x}\"", "JoinedStr(values=[Constant(value='\\\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["Rf\"{x}\\n\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\\\n')])"],
  ["fR\"{x}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"\\n{x}\\t\"", "JoinedStr(values=[Constant(value='\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\t')])"],
  ["f\"\\N{LATIN SMALL LETTER A}{x}\"", "JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"{x}\\N{DIGIT ONE}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='1')])"],
  ["f\"\\\\{x}\"", "JoinedStr(values=[Constant(value='\\\\'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"\"\"{\nx\n}\"\"\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"\"\"{x\n=}\"\"\"", "JoinedStr(values=[Constant(value='x\\n='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])"],
  ["f\"\"\"a\n{x}\nb\"\"\"", "JoinedStr(values=[Constant(value='a\\n'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\nb')])"],
  ["f\"\u00e9{x}\u00e9\"", "JoinedStr(values=[Constant(value='\u00e9'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\u00e9')])"],
  ["f\"{ x }\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["f\"{x}\" u\"a\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='a')])"],
  ["\"a\\\r\nb\"", "Constant(value='ab')"],
  ["\"\"\"a\r\nb\"\"\"", "Constant(value='a\\nb')"],
  ["r\"\"\"a\r\nb\"\"\"", "Constant(value='a\\nb')"],
  ["f\"\"\"{x}\r\n\"\"\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\n')])"],
  ["f\"{x:{y}}{z:a}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1)])), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a')]))])"],
  ["f\"{x!r:{y}{z}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)]))])"],
  ["f\"{x}\" f\"{y:{z}}\" \"a\" u\"b\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='z', ctx=Load()), conversion=-1)])), Constant(value='ab')])"],
  ["u\"a\" f\"{x:a{y}b}\"", "JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='a', kind='u'), FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='b')]))])"],
  ["f\"{f'{x}'}\"", "JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)])"],
  ["f'{f\"{x}\"}'", "JoinedStr(values=[FormattedValue(value=JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)]), conversion=-1)])"],
  ["f\"{'a'}\"", "JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)])"],
  ["f\"{'a' 'b'}\"", "JoinedStr(values=[FormattedValue(value=Constant(value='ab'), conversion=-1)])"],
  ["f\"{'''a'''}\"", "JoinedStr(values=[FormattedValue(value=Constant(value='a'), conversion=-1)])"],
  ["f\"{u'a'}\"", "JoinedStr(values=[FormattedValue(value=Constant(value='a', kind='u'), conversion=-1)])"],
  ["f\"{b'a'}\"", "JoinedStr(values=[FormattedValue(value=Constant(value=b'a'), conversion=-1)])"],
];

// Lone surrogates from escapes: an escaped high surrogate followed by an escaped low one stays two
// code points (CPython's repr prints both escaped), also across pieces and f-string parts; the
// same pair written as one character ('\U0001d11e', '𝄞') is one. python3 with ensure_ascii.
const SURROGATE_DUMPS: [string, string][] = [
  ["'\\ud834\\udd1e'", "Constant(value='\\ud834\\udd1e')"],
  ["'\\ud834' '\\udd1e'", "Constant(value='\\ud834\\udd1e')"],
  ["f'\\ud834{x}\\udd1e'", "JoinedStr(values=[Constant(value='\\ud834'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1), Constant(value='\\udd1e')])"],
  ["f'\\ud834' '\\udd1e'", "JoinedStr(values=[Constant(value='\\ud834\\udd1e')])"],
  ["'\\ud834' f'\\udd1e'", "JoinedStr(values=[Constant(value='\\ud834\\udd1e')])"],
  ["'\\ud800'", "Constant(value='\\ud800')"],
  ["'\\udc00\\ud800'", "Constant(value='\\udc00\\ud800')"],
  ["'\\U0001d11e'", "Constant(value='\ud834\udd1e')"],
  ["'\ud834\udd1e'", "Constant(value='\ud834\udd1e')"],
  ["b'\\xed'", "Constant(value=b'\\xed')"],
  ["'\\ud834\\U0000dd1e'", "Constant(value='\\ud834\\udd1e')"],
  ["'\\U0000d834\\udd1e\\ud834\\udd1e'", "Constant(value='\\ud834\\udd1e\\ud834\\udd1e')"],
  ["'a\\ud834\\udd1ez\ud834\udd1e\\ud834'", "Constant(value='a\\ud834\\udd1ez\ud834\udd1e\\ud834')"],
  ["'\\ud834\ud834\udd1e\\udd1e'", "Constant(value='\\ud834\ud834\udd1e\\udd1e')"],
  ["f'\\ud834{{\\udd1e'", "JoinedStr(values=[Constant(value='\\ud834{\\udd1e')])"],
  ["f'{x:\\ud834\\udd1e}'", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1, format_spec=JoinedStr(values=[Constant(value='\\ud834\\udd1e')]))])"],
  ["'\\ud834' 'x' '\\udd1e'", "Constant(value='\\ud834x\\udd1e')"],
  ["f'\\ud834' f'\\udd1e{x}'", "JoinedStr(values=[Constant(value='\\ud834\\udd1e'), FormattedValue(value=Name(id='x', ctx=Load()), conversion=-1)])"],
  ["'\\udbff\\udfff'", "Constant(value='\\udbff\\udfff')"],
  ["'\\ud7ff\\ue000'", "Constant(value='\\ud7ff\\ue000')"],
  ["'\\\\ud834\\udd1e'", "Constant(value='\\\\ud834\\udd1e')"],
  ["r'\\ud834' '\\udd1e'", "Constant(value='\\\\ud834\\udd1e')"],
  ["'\\ud834\\n\\udd1e'", "Constant(value='\\ud834\\n\\udd1e')"],
  ["'\\ud834\\\n\\udd1e'", "Constant(value='\\ud834\\udd1e')"],
  ["'\\ud834\"\\udd1e'", "Constant(value='\\ud834\"\\udd1e')"],
  ["'\\ud834\"\\udd1e\\''", "Constant(value='\\ud834\"\\udd1e\\'')"],
];

const ATTRS: [string, string][] = [
  ["\"abc\"", "Constant(value='abc', lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)"],
  ["\"a\" \"b\"", "Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)"],
  ["(\"a\"\n\"b\")", "Constant(value='ab', lineno=1, col_offset=1, end_lineno=2, end_col_offset=3)"],
  ["b\"a\" b\"b\"", "Constant(value=b'ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)"],
  ["u\"a\" \"b\"", "Constant(value='ab', kind='u', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)"],
  ["\"\u00e9\" \"b\"", "Constant(value='\u00e9b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)"],
  ["f\"{x}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)"],
  ["f\"a{x}b\"", "JoinedStr(values=[Constant(value='a', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), Constant(value='b', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)"],
  ["f\"{x:>10}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>10', lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)"],
  ["f\"{x:{y}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)"],
  ["f\"{x:{y}}\" f\"{z:{w}}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='w', ctx=Load(), lineno=1, col_offset=17, end_lineno=1, end_col_offset=18), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=11, end_lineno=1, end_col_offset=21), lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=21)"],
  ["f\"a\" \"b\" f\"{x}\" \"c\"", "JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=19), Constant(value='c', lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=19)"],
  ["\"a\" f\"b{x:>{y}}c\" f\"{z}\"", "JoinedStr(values=[Constant(value='ab', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=-1, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=12, end_lineno=1, end_col_offset=13), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=17), lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), Constant(value='c', lineno=1, col_offset=0, end_lineno=1, end_col_offset=24), FormattedValue(value=Name(id='z', ctx=Load(), lineno=1, col_offset=21, end_lineno=1, end_col_offset=22), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=24)"],
  ["f\"\u00e9{x}\"", "JoinedStr(values=[Constant(value='\u00e9', lineno=1, col_offset=0, end_lineno=1, end_col_offset=8), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)"],
  ["f\"\"\"\n  ab {x}\"\"\"", "JoinedStr(values=[Constant(value='\\n  ab ', lineno=1, col_offset=0, end_lineno=2, end_col_offset=11), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=6, end_lineno=2, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=11)"],
  ["f\"\"\"\n  ab {\nx}\"\"\"", "JoinedStr(values=[Constant(value='\\n  ab ', lineno=1, col_offset=0, end_lineno=3, end_col_offset=5), FormattedValue(value=Name(id='x', ctx=Load(), lineno=3, col_offset=0, end_lineno=3, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=3, end_col_offset=5)"],
  ["f\"\"\"ab\n{ x}\"\"\"", "JoinedStr(values=[Constant(value='ab\\n', lineno=1, col_offset=0, end_lineno=2, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=2, end_lineno=2, end_col_offset=3), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=7)"],
  ["(f\"{a}\"\n f\"{b}\")", "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=7), FormattedValue(value=Name(id='b', ctx=Load(), lineno=2, col_offset=4, end_lineno=2, end_col_offset=5), conversion=-1, lineno=1, col_offset=1, end_lineno=2, end_col_offset=7)], lineno=1, col_offset=1, end_lineno=2, end_col_offset=7)"],
  ["f\"{ x }\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=8)"],
  ["f\"{x=}\"", "JoinedStr(values=[Constant(value='x=', lineno=1, col_offset=0, end_lineno=1, end_col_offset=7), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=114, lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)"],
  ["f\"{x:{y}>}\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), conversion=-1, format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), Constant(value='>', lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)"],
  ["\"\ud83d\ude00\" f\"{x}\"", "JoinedStr(values=[Constant(value='\ud83d\ude00', lineno=1, col_offset=0, end_lineno=1, end_col_offset=13), FormattedValue(value=Name(id='x', ctx=Load(), lineno=1, col_offset=10, end_lineno=1, end_col_offset=11), conversion=-1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)], lineno=1, col_offset=0, end_lineno=1, end_col_offset=13)"],
  ["f\"\"\"{\nx}\"\"\"", "JoinedStr(values=[FormattedValue(value=Name(id='x', ctx=Load(), lineno=2, col_offset=0, end_lineno=2, end_col_offset=1), conversion=-1, lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=5)"],
];

/** [source, msg, [lineno, offset, end_lineno, end_offset] or null when our test host cannot reproduce it] */
const ERRORS: [string, string, number[] | null][] = [
  ["b\"\u00e9\"", "bytes can only contain ASCII literal characters", [1, 1, 1, 5]],
  ["b\"a\" \"b\"", "cannot mix bytes and nonbytes literals", [1, 9, 1, 9]],
  ["\"a\" b\"b\"", "cannot mix bytes and nonbytes literals", [1, 9, 1, 9]],
  ["f\"{x}\" b\"\"", "cannot mix bytes and nonbytes literals", [1, 11, 1, 11]],
  ["\"\\x1\" b\"\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", [1, 10, 1, 10]],
  ["b\"\" \"\\x1\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", [1, 10, 1, 10]],
  ["f\"{x}\" \"\\x1\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", [1, 13, 1, 13]],
  ["\"\\x1\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", [1, 6, 1, 6]],
  ["\"\\x\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", [1, 5, 1, 5]],
  ["\"\\xg0\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", [1, 7, 1, 7]],
  ["\"\u00e9\\x1\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", [1, 7, 1, 7]],
  ["\"\ud83d\ude00\\x1\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape", [1, 7, 1, 7]],
  ["\"\\\\\u00e9\\x1\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 12-14: truncated \\xXX escape", [1, 9, 1, 9]],
  ["\"\\u12\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", [1, 7, 1, 7]],
  ["\"\\U1234\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape", [1, 9, 1, 9]],
  ["\"\\U00110000\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", [1, 13, 1, 13]],
  ["\"\\UFFFFFFFF\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", [1, 13, 1, 13]],
  ["\"\\N{foo}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", [1, 10, 1, 10]],
  ["\"\\N\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", [1, 5, 1, 5]],
  ["\"\\Nfoo\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", [1, 8, 1, 8]],
  ["\"\\N{}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", [1, 7, 1, 7]],
  ["\"\\N{abc\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape", [1, 9, 1, 9]],
  ["\"\\N{KEYCAP NUMBER SIGN}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name", [1, 25, 1, 25]],
  ["\"\\N{hangul syllable GA}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-21: unknown Unicode character name", [1, 25, 1, 25]],
  ["\"\\N{CJK UNIFIED IDEOGRAPH-4e00}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", [1, 33, 1, 33]],
  ["\"\\N{LATIN SMALL LETTER  A}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-24: unknown Unicode character name", [1, 28, 1, 28]],
  ["\"\\N{\u00e9}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", [1, 8, 1, 8]],
  ["b\"\\x1\"", "(value error) invalid \\x escape at position 0", [1, 7, 1, 7]],
  ["b\"\\x\"", "(value error) invalid \\x escape at position 0", [1, 6, 1, 6]],
  ["b\"ab\\xg\"", "(value error) invalid \\x escape at position 2", [1, 9, 1, 9]],
  ["b\"\\xg0\"", "(value error) invalid \\x escape at position 0", [1, 8, 1, 8]],
  ["f\"{}\"", "f-string: empty expression not allowed", [1, 6, 1, 6]],
  ["f\"{ }\"", "f-string: empty expression not allowed", [1, 7, 1, 7]],
  ["f\"}\"", "f-string: single '}' is not allowed", [1, 5, 1, 5]],
  ["f\"{\"", "f-string: expecting '}'", [1, 5, 1, 5]],
  ["f\"{x!}\"", "f-string: invalid conversion character: expected 's', 'r', or 'a'", [1, 8, 1, 8]],
  ["f\"{x!z}\"", "f-string: invalid conversion character: expected 's', 'r', or 'a'", [1, 9, 1, 9]],
  ["f\"{x#}\"", "f-string expression part cannot include '#'", [1, 8, 1, 8]],
  ["f\"{x)}\"", "f-string: unmatched ')'", [1, 8, 1, 8]],
  ["f\"{x:{y:{z}}}\"", "f-string: expressions nested too deeply", [1, 15, 1, 15]],
  ["f\"{\\\"x\\\"}\"", "f-string expression part cannot include a backslash", [1, 11, 1, 11]],
  ["f\"{\\n}\"", "f-string expression part cannot include a backslash", [1, 8, 1, 8]],
  ["f\"{x!r=}\"", "f-string: expecting '}'", [1, 10, 1, 10]],
  ["f\"{x!r }\"", "f-string: expecting '}'", [1, 10, 1, 10]],
  ["f\"{x}}\"", "f-string: single '}' is not allowed", [1, 8, 1, 8]],
  ["f\"{{x}\"", "f-string: single '}' is not allowed", [1, 8, 1, 8]],
  ["f\"{x:}}\"", "f-string: single '}' is not allowed", [1, 9, 1, 9]],
  ["f\"{x:a{{\"", "f-string: unmatched '{'", [1, 10, 1, 10]],
  ["f\"{x:{y}}}\"", "f-string: single '}' is not allowed", [1, 12, 1, 12]],
  ["f\"{x(}\"", "f-string: closing parenthesis '}' does not match opening parenthesis '('", [1, 8, 1, 8]],
  ["f\"{x[}\"", "f-string: closing parenthesis '}' does not match opening parenthesis '['", [1, 8, 1, 8]],
  ["f\"{x(]}\"", "f-string: closing parenthesis ']' does not match opening parenthesis '('", [1, 9, 1, 9]],
  ["f\"{'a}\"", "f-string: unterminated string", [1, 8, 1, 8]],
  ["f\"{x!r\"", "f-string: expecting '}'", [1, 8, 1, 8]],
  ["f\"{x:\"", "f-string: expecting '}'", [1, 7, 1, 7]],
  ["f\"{x\"", "f-string: expecting '}'", [1, 6, 1, 6]],
  ["f\"{x=\"", "f-string: expecting '}'", [1, 7, 1, 7]],
  ["f\"{x!rr}\"", "f-string: expecting '}'", [1, 10, 1, 10]],
  ["f\"{x:{y}\"", "f-string: expecting '}'", [1, 10, 1, 10]],
  ["f\"\\N{foo}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", [1, 11, 1, 11]],
  ["f\"\\Nfoo{x}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", [1, 12, 1, 12]],
  ["f\"\\x4\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", [1, 7, 1, 7]],
  ["f\"{x:\\x4}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", [1, 11, 1, 11]],
  ["f\"{x!\"", "f-string: expecting '}'", [1, 7, 1, 7]],
  ["f\"{x:{}}\"", "f-string: empty expression not allowed", [1, 10, 1, 10]],
  ["f\"{(}\"", "f-string: closing parenthesis '}' does not match opening parenthesis '('", [1, 7, 1, 7]],
  ["f\"{x]}\"", "f-string: unmatched ']'", [1, 8, 1, 8]],
  ["f\"{f'{}'}\"", "f-string: f-string: empty expression not allowed", null],
  ["f\"{f'{x:{y:{z}}}'}\"", "f-string: f-string: expressions nested too deeply", null],
  ["f\"{b'\u00e9'}\"", "f-string: bytes can only contain ASCII literal characters", null],
  ["f\"{x y}\"", "f-string: invalid syntax. Perhaps you forgot a comma?", null],
  ["f\"{f'{x y}'}\"", "f-string: invalid syntax. Perhaps you forgot a comma?", null],
  ["f\"{x}\" \"\\N{foo}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", [1, 17, 1, 17]],
  ["f\"{x:{y:{z}}}\" \"\\x1\"", "f-string: expressions nested too deeply", [1, 21, 1, 21]],
  ["\"\\x1\" f\"{}\"", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", [1, 12, 1, 12]],
  ["b\"\\x1\" \"a\"", "(value error) invalid \\x escape at position 0", [1, 11, 1, 11]],
  ["f\"{a[}\"", "f-string: closing parenthesis '}' does not match opening parenthesis '['", [1, 8, 1, 8]],
  ["f\"{x!r:{}}\"", "f-string: empty expression not allowed", [1, 12, 1, 12]],
  ["f\"{=}\"", "f-string: expression required before '='", [1, 7, 1, 7]],
  ["f\"{!r}\"", "f-string: expression required before '!'", [1, 8, 1, 8]],
  ["f\"{:}\"", "f-string: expression required before ':'", [1, 7, 1, 7]],
  ["f\"{x!s=}\"", "f-string: expecting '}'", [1, 10, 1, 10]],
];

describe("string literals", () => {
  it.each(DUMPS)("dump %j", (src, expected) => {
    expect(dumpOf(src)).toBe(expected);
  });
  it.each(SURROGATE_DUMPS)("surrogates %j", (src, expected) => {
    expect(dumpOf(src)).toBe(expected);
  });
  it.each(ATTRS)("locations %j", (src, expected) => {
    expect(dumpOf(src, true)).toBe(expected);
  });
  it.each(ERRORS)("error %j", (src, msg, loc) => {
    const e = errorOf(src);
    expect(e.msg).toBe(msg);
    if (loc) expect([e.lineno, e.offset, e.endLineno, e.endOffset]).toEqual(loc);
  });
  it("prefixes sub-parser errors once, also when the host already prefixed them", () => {
    const prefixing: FStringHost = {
      filename: "<unknown>",
      parseExpression(source: string, lineno: number, colOffset: number): Expr {
        try {
          return host.parseExpression.call(prefixing, source, lineno, colOffset);
        } catch (e) {
          if (!(e instanceof PySyntaxError) || e.msg.startsWith("f-string: ")) throw e;
          throw new PySyntaxError(e.type, "f-string: " + e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, e.endOffset);
        }
      },
    };
    const msgOf = (src: string) => {
      try {
        parseStrings(piecesOf(src), prefixing);
      } catch (e) {
        return (e as PySyntaxError).msg;
      }
      return null;
    };
    for (const [src, msg] of ERRORS) if (src.includes("{")) expect([src, msgOf(src)]).toEqual([src, msg]);
  });
  it("keeps lone surrogates", () => {
    const c = parseStrings(piecesOf('"\\ud800x"'), host) as { value: unknown };
    expect(c.value).toBe("\ud800x");
  });
  it("uses CodePointStr only when an escaped high surrogate meets an escaped low one", () => {
    const value = (src: string) => (parseStrings(piecesOf(src), host) as { value: unknown }).value;
    expect(value("'\\ud834\\udd1e'")).toEqual(new CodePointStr([0xd834, 0xdd1e]));
    expect(value("'\\ud834' 'x' '\\udd1e'")).toBe("\ud834x\udd1e");
    expect(value("'\\ud834' '\\udd1e' 'z'")).toEqual(new CodePointStr([0xd834, 0xdd1e, 0x7a]));
    expect(value("'\\U0001d11e'")).toBe("\u{1d11e}");
    expect(value("'\\ud834\\U0001d11e'")).toBe("\ud834\u{1d11e}");
    expect(value("'\\udc00\\ud800'")).toBe("\udc00\ud800");
    expect(value("'a\\ud834\\udd1e\u{1d11e}'")).toEqual(new CodePointStr([0x61, 0xd834, 0xdd1e, 0x1d11e]));
  });
  it("decodes bytes to Uint8Array", () => {
    const c = parseStrings(piecesOf('b"a\\x00\\xff" b"\\777"'), host) as { value: unknown };
    expect(c.value).toEqual(new Uint8Array([97, 0, 255, 255]));
  });
});
