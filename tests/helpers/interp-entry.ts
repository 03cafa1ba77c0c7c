// What tests/helpers/bundled-interp.ts bundles: the interpreter's entry points, from one module
// scope so the JIT, the heap and the interpreter share their state as in the CLI.
export { preloadJitBackend } from "../../src/interp/jit.js";
export { runProgram } from "../../src/interp/run.js";
export { codewrite } from "../../src/tracer/codewriter/index.js";
export { JitLog } from "../../src/tracer/jitlog.js";
