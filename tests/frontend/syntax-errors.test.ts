// Every bad program in syntax-error-cases.ts must fail with CPython 3.11's error type, message,
// line and column. python3 provides the expectations.
import { describe, expect, it } from "vitest";
import { compileModule } from "../../src/frontend/compiler.js";
import { PySyntaxError } from "../../src/frontend/errors.js";
import { parseModule } from "../../src/frontend/parser.js";
import { cpythonCompileErrors } from "../helpers/cpython.js";
import { SYNTAX_ERROR_CASES } from "./syntax-error-cases.js";

const FILENAME = "bad.py";

function ourError(source: string) {
  try {
    compileModule(parseModule(source, FILENAME), FILENAME, source);
    return null;
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    return { type: e.type, msg: e.msg, lineno: e.lineno, offset: e.offset };
  }
}

describe("syntax errors match CPython 3.11", () => {
  const expected = cpythonCompileErrors(SYNTAX_ERROR_CASES.map(([, src]) => src), FILENAME);
  SYNTAX_ERROR_CASES.forEach(([what, source], i) => {
    it(what, () => {
      const exp = expected[i]!;
      expect(exp, "CPython accepts this case; fix the case").not.toBeNull();
      expect(ourError(source)).toEqual({ type: exp!.type, msg: exp!.msg, lineno: exp!.lineno, offset: exp!.offset });
    });
  });
});
