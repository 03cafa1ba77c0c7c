// Tokenizer tests: token kinds and CPython's (line, byte column) positions for small inputs.

import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/frontend/tokenizer.js";
import { T } from "../../src/frontend/tokens.js";

const NAMES = Object.fromEntries(Object.entries(T).map(([k, v]) => [v, k]));

/** "KIND text line:col-endLine:endCol" for every token. */
function toks(src: string): string[] {
  const t = tokenize(src, "f.py");
  const out: string[] = [];
  for (let i = 0; i < t.kind.length; i++) {
    const v = t.value[i];
    out.push(`${NAMES[t.kind[i]!]}${v !== null ? " " + v : ""} ${t.line[i]}:${t.col[i]}-${t.endLine[i]}:${t.endCol[i]}`);
  }
  return out;
}

function kinds(src: string): string {
  const t = tokenize(src, "f.py");
  return t.kind.map((k) => NAMES[k]).join(" ");
}

describe("tokenizer", () => {
  it("simple statement", () => {
    expect(toks("x = 1\n")).toEqual(["NAME x 1:0-1:1", "EQUAL 1:2-1:3", "NUMBER 1 1:4-1:5", "NEWLINE 1:5-1:5", "ENDMARKER 1:5-1:5"]);
  });
  it("indent and dedent", () => {
    expect(kinds("if x:\n    y\nz\n")).toBe("IF NAME COLON NEWLINE INDENT NAME NEWLINE DEDENT NAME NEWLINE ENDMARKER");
  });
  it("blank and comment lines produce nothing", () => {
    expect(kinds("x\n\n   # c\n\ny\n")).toBe("NAME NEWLINE NAME NEWLINE ENDMARKER");
  });
  it("brackets join lines", () => {
    expect(kinds("(a,\n  b)\n")).toBe("LPAR NAME COMMA NAME RPAR NEWLINE ENDMARKER");
  });
  it("backslash joins lines", () => {
    expect(kinds("a = \\\n  1\n")).toBe("NAME EQUAL NUMBER NEWLINE ENDMARKER");
  });
  it("implicit final newline", () => {
    expect(kinds("x")).toBe("NAME NEWLINE ENDMARKER");
  });
  it("operators, longest match", () => {
    expect(kinds("a **= b // c ... -> := != <<= @=")).toBe("NAME DOUBLESTAREQUAL NAME DOUBLESLASH NAME ELLIPSIS RARROW COLONEQUAL NOTEQUAL LEFTSHIFTEQUAL ATEQUAL NEWLINE ENDMARKER");
  });
  it("keywords and soft keywords", () => {
    expect(kinds("match case _ if else await")).toBe("NAME NAME NAME IF ELSE AWAIT NEWLINE ENDMARKER");
  });
  it("string prefixes", () => {
    expect(toks("rb'x' F\"y\" Rb'''z'''")).toEqual(["STRING rb'x' 1:0-1:5", "STRING F\"y\" 1:6-1:10", "STRING Rb'''z''' 1:11-1:20", "NEWLINE 1:20-1:20", "ENDMARKER 1:20-1:20"]);
  });
  it("triple-quoted string spanning lines", () => {
    expect(toks("'''a\nbc'''\n")[0]).toBe("STRING '''a\nbc''' 1:0-2:5");
  });
  it("numbers", () => {
    expect(kinds("1_000 0x_ff 0o7 0b1 1.5e-3 3j 1. .5 1e5")).toBe("NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NEWLINE ENDMARKER");
  });
  it("number followed by a keyword", () => {
    expect(kinds("1if x else 2")).toBe("NUMBER IF NAME ELSE NUMBER NEWLINE ENDMARKER");
  });
  it("byte columns for non-ASCII", () => {
    expect(toks("é = 'ü'; x\n").slice(0, 4)).toEqual(["NAME é 1:0-1:2", "EQUAL 1:3-1:4", "STRING 'ü' 1:5-1:9", "SEMI 1:9-1:10"]);
  });
  it("identifiers are NFKC-normalized", () => {
    expect(tokenize("ﬁ = 1", "f.py").value[0]).toBe("fi");
  });
  it("errors end the stream with ERROR", () => {
    const t = tokenize("x = 0777\n", "f.py");
    expect(t.kind[t.kind.length - 1]).toBe(T.ERROR);
    expect(t.error?.msg).toBe("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
  });
  it("unclosed bracket at EOF", () => {
    const t = tokenize("x = (1,\n", "f.py");
    expect(t.error?.msg).toBe("'(' was never closed");
    expect(t.unclosedLine).toBe(1);
  });
  it("tab/space inconsistency", () => {
    expect(tokenize("if x:\n\ty\n        z\n", "f.py").error?.type).toBe("TabError");
  });
  it("form feed resets the indentation column", () => {
    expect(kinds("if x:\n    y\n\f    z\n")).toBe("IF NAME COLON NEWLINE INDENT NAME NEWLINE NAME NEWLINE DEDENT ENDMARKER");
  });
});
