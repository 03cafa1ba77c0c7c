// The `pypy-ts` command's entry (dist/pypy-ts.mjs): loads the CLI bundle (dist/pypy-ts-core.cjs)
// through V8's code cache (dist/pypy-ts-core.cache, written by the build), so start-up does not
// parse and compile ~700 KB of JavaScript each time. The CLI may start a worker thread on this
// same file. A missing or rejected cache only costs time.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

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
const script = new vm.Script(wrapper, {
  filename: coreFile,
  ...(cachedData ? { cachedData } : {}),
});
if (process.env.PYPYTS_CODE_CACHE === "debug") process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? "rejected" : "used") : "none"}\n`);
if (process.env.PYPYTS_CODE_CACHE === "write") {
  // after the run, so the functions the run compiled are in the cache too
  process.on("exit", () => writeFileSync(cacheFile, script.createCachedData()));
}
// import() inside a vm.Script has no module loader: the core borrows this module's (module.ts)
(globalThis as { __pypytsImport?: (s: string) => Promise<unknown> }).__pypytsImport = (s) => import(s);
const module = { exports: {} };
(script.runInThisContext() as (...a: unknown[]) => void)(module.exports, createRequire(coreFile), module, coreFile, fileURLToPath(new URL(".", import.meta.url)), import.meta.url);
