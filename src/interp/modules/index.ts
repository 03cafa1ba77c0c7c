/*
 * modules/index.ts — loads every TypeScript module so each registers itself in
 * BUILTIN_MODULES (modules.ts); run.ts imports this once.
 */

import "./io.js";
import "./posix.js";
import "./time.js";

export { initSys } from "./sys.js";
export { flushAllStreams, resetStreams } from "./io.js";
