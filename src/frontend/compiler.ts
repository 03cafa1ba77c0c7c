// The bytecode compiler's entry point: AST (src/frontend/ast-table.ts) -> CodeObject.
//
// Pipeline: __future__ imports are read first (they change how annotations compile), then
// the symbol table pass resolves every name's scope (symtable.ts), then the code generator
// walks the AST, one CodeUnit per scope (compiler/*.ts, split by area), and each unit is
// assembled into a CodeObject with its stack size, line table and exception table
// (compiler/unit.ts). The instruction set is opcodes.ts.
//
// Errors: user errors are PySyntaxError with CPython 3.11's messages and locations; an
// InternalCompilerError is a compiler bug (e.g. an inconsistent stack depth) and never the
// user's fault.

import type * as A from "./ast-table.js";
import { CO_FUTURE_ANNOTATIONS, CO_FUTURE_BARRY_AS_BDFL, type CodeObject } from "./code.js";
import { Op } from "./opcodes.js";
import { buildSymtable } from "./symtable.js";
import { Compiler } from "./compiler/context.js";
import { SourceInfo } from "./compiler/diagnostics.js";
import { codeFlags, compileNamespaceBody, docstringOf, finishWithReturnNone } from "./compiler/functions.js";

export { InternalCompilerError } from "./compiler/diagnostics.js";

/** __future__ features: the ones that change compilation carry a flag, the rest are no-ops. */
const FUTURE_FEATURES: ReadonlyMap<string, number> = new Map([
  ["nested_scopes", 0],
  ["generators", 0],
  ["division", 0],
  ["absolute_import", 0],
  ["with_statement", 0],
  ["print_function", 0],
  ["unicode_literals", 0],
  ["barry_as_FLUFL", CO_FUTURE_BARRY_AS_BDFL],
  ["generator_stop", 0],
  ["annotations", CO_FUTURE_ANNOTATIONS],
]);

interface FutureInfo {
  flags: number;
  /** Line of the last leading `from __future__ import` (0 if none). */
  lineno: number;
}

/** Reads the leading `from __future__ import ...` statements (after an optional docstring). */
function parseFuture(mod: A.Module, info: SourceInfo): FutureInfo {
  let flags = 0;
  let lineno = 0;
  let done = false;
  let prevLine = 0;
  const start = docstringOf(mod.body) !== null ? 1 : 0;
  for (const s of mod.body.slice(start)) {
    if (done && s.lineno > prevLine) break;
    prevLine = s.lineno;
    if (s._type !== "ImportFrom" || s.module !== "__future__") {
      done = true;
      continue;
    }
    // Joined by semicolons to an earlier non-future statement: the compiler would not see it
    // as late (same line), so it is reported here.
    if (done) throw info.error("from __future__ imports must occur at the beginning of the file", s);
    for (const alias of s.names) {
      const flag = FUTURE_FEATURES.get(alias.name);
      if (flag === undefined) {
        if (alias.name === "braces") throw info.error("not a chance", s);
        throw info.error(`future feature ${alias.name} is not defined`, s);
      }
      flags |= flag;
    }
    lineno = s.lineno;
  }
  return { flags, lineno };
}

/** Compiles a module to its code object. `source` provides the text of error lines. */
export function compileModule(mod: A.Module, filename: string, source: string): CodeObject {
  const info = new SourceInfo(filename, source);
  const future = parseFuture(mod, info);
  const symtable = buildSymtable(mod, info, future.flags);
  const c = new Compiler(info, symtable, future.flags);
  c.futureLineno = future.lineno;
  const unit = c.enterUnit(mod, "module", "<module>", 1);
  compileNamespaceBody(c, mod.body);
  finishWithReturnNone(c);
  if (!c.u.lastIsTerminator()) c.emit(Op.RETURN_VALUE);
  return c.assembleUnit(codeFlags(c, unit.block));
}
