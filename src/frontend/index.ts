// The frontend's public face: source bytes -> AST -> code objects, and their printers.
// Scripts (the parser corpus, benchmarks) import this through the bundle dist/frontend.mjs.

export { dumpAst } from "./ast-dump.js";
export { compileModule } from "./compiler.js";
export { disassemble } from "./dis.js";
export { formatSyntaxError, PySyntaxError } from "./errors.js";
export { parseModule } from "./parser.js";
export { decodeSource } from "./source.js";
