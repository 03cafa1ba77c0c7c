// Golden disassembly tests: each tests/frontend/dis/NAME.py is compiled (through CPython's
// parser, via the test bridge) and disassembled; the output must equal NAME.dis.
// Run with UPDATE_GOLDEN=1 to rewrite the .dis files, then review the diff.

import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileModule } from "../../src/frontend/compiler.js";
import { disassemble, resolveArg } from "../../src/frontend/dis.js";
import { Op } from "../../src/frontend/opcodes.js";
import { cpythonParseMany } from "../helpers/cpython-ast.js";

const DIR = fileURLToPath(new URL("./dis/", import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".py"))
  .map((f) => f.slice(0, -3))
  .sort();
const sources = names.map((n) => readFileSync(join(DIR, `${n}.py`), "utf8"));
const parsed = cpythonParseMany(names.map((n, i) => ({ filename: `${n}.py`, source: sources[i]! })));

describe("golden disassemblies", () => {
  names.forEach((name, i) => {
    it(name, () => {
      const r = parsed[i]!;
      if (!r.ok) throw new Error(r.parseError.msg);
      const text = disassemble(compileModule(r.ast, `${name}.py`, sources[i]!));
      const golden = join(DIR, `${name}.dis`);
      if (UPDATE || !existsSync(golden)) writeFileSync(golden, text);
      expect(text).toBe(readFileSync(golden, "utf8"));
    });
  });
});

describe("argument resolution", () => {
  it("names jump targets, operators and comparisons", () => {
    const r = cpythonParseMany([{ filename: "t.py", source: "x = a < b\n" }])[0]!;
    if (!r.ok) throw new Error("parse");
    const code = compileModule(r.ast, "t.py", "x = a < b\n");
    expect(resolveArg(code, Op.JUMP_FORWARD, 7)).toBe("to 7");
    expect(resolveArg(code, Op.COMPARE_OP, 0)).toBe("<");
    expect(resolveArg(code, Op.BINARY_OP, 13)).toBe("+=");
    expect(resolveArg(code, Op.IS_OP, 1)).toBe("is not");
    expect(disassemble(code)).toMatch(/COMPARE_OP +0 \(<\)/);
  });
});
