// Dev driver: run a Python file in-process with the JIT at a threshold, codewriting the RTS
// sources on the fly.   node scripts/jit-run.mjs FILE.py [threshold]
import { readFileSync } from "node:fs";
import { codewrite } from "../src/tracer/codewriter/index.js";
import { JitLog } from "../src/tracer/jitlog.js";
import { preloadJitBackend } from "../src/interp/jit.js";
import { runProgram } from "../src/interp/run.js";

export async function main(root: string, file: string, threshold: number, files: string[]): Promise<number> {
  const artifact = codewrite(root, files);
  await preloadJitBackend();
  const log = new JitLog();
  const code = runProgram(readFileSync(file), file, { argv: [file], jit: { artifact, threshold, log }, torture: process.env.PYPYTS_GC_TORTURE === "1" });
  console.error("jit:", JSON.stringify(Object.fromEntries(log.counts)));
  return code;
}
