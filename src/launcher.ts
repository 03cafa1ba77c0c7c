// The `pypy-ts` command's entry (dist/pypy-ts.mjs).
//
// Python programs recurse through the JS stack (a few JS frames per Python call), and the main
// thread's ~1 MB V8 stack holds only ~700 Python frames where CPython allows 1000, so programs
// run in a worker thread with a 64 MB stack. This file starts that worker itself, before the
// CLI bundle is loaded, unless the command may want the interactive prompt (-i, or a terminal
// on stdin and no program), which runs on the main thread: then the bundle decides (src/cli.ts).
//
// The CLI bundle (dist/pypy-ts-core.cjs) is compiled through V8's code cache
// (dist/pypy-ts-core.cache, written by the build), so start-up does not parse and compile
// ~800 KB of JavaScript each time. A missing or rejected cache only costs time.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isatty } from "node:tty";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { Worker, isMainThread } from "node:worker_threads";

const STACK_MB = 64;
const ARGS = process.argv.slice(2);

/** Run the command in a worker on this file; its stdout/stderr are forwarded by Node. */
function runInWorker(): void {
  const worker = new Worker(new URL(import.meta.url), { argv: ARGS, resourceLimits: { stackSizeMb: STACK_MB } });
  worker.on("message", (code: number) => void (process.exitCode = code));
  // process.exit(n) inside the worker ends only the worker, with n as its exit code
  worker.on("exit", (code) => void (process.exitCode ??= code));
  worker.on("error", (e) => {
    process.stderr.write(`pypy-ts: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}

/** Could this command want the prompt? Cheap and conservative: when unsure, the bundle decides. */
function mayWantPrompt(): boolean {
  if (ARGS.some((a) => /^-[A-Za-z]*i/.test(a))) return true; // -i: the prompt follows the program, even on a pipe
  return isatty(0) && ARGS.every((a) => a.startsWith("-"));
}

function loadCore(): void {
  const coreFile = fileURLToPath(new URL("./pypy-ts-core.cjs", import.meta.url));
  const cacheFile = fileURLToPath(new URL("./pypy-ts-core.cache", import.meta.url));
  const source = readFileSync(coreFile, "utf8");
  let cachedData: Buffer | undefined;
  if (process.env.PYPYTS_CODE_CACHE !== "write") {
    try {
      cachedData = readFileSync(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const wrapper = `(function (exports, require, module, __filename, __dirname, __launcherUrl) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: coreFile, ...(cachedData ? { cachedData } : {}) });
  if (process.env.PYPYTS_CODE_CACHE === "debug") process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? "rejected" : "used") : "none"}\n`);
  if (process.env.PYPYTS_CODE_CACHE === "write") {
    // after the run, so the functions the run compiled are in the cache too
    process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()));
  }
  // import() inside a vm.Script has no module loader: the core borrows this module's (module.ts)
  const g = globalThis as { __pypytsImport?: (s: string) => Promise<unknown>; __pypytsRunInWorker?: () => void };
  g.__pypytsImport = (s) => import(s);
  g.__pypytsRunInWorker = runInWorker;
  const module = { exports: {} };
  const run = script.runInThisContext() as (...a: unknown[]) => void;
  run(module.exports, createRequire(coreFile), module, coreFile, fileURLToPath(new URL(".", import.meta.url)), import.meta.url);
}

if (isMainThread && process.env.PYPYTS_NO_WORKER !== "1" && !mayWantPrompt()) runInWorker();
else loadCore();
