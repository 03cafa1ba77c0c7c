// Bundles the CLI into one file (dist/pypy-ts-core.cjs) started by a small launcher
// (dist/pypy-ts.mjs, the `pypy-ts` command) through V8's code cache (dist/pypy-ts-core.cache,
// written here by one warm-up run), and the frontend's API into dist/frontend.mjs for the
// corpus and benchmark scripts.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// The project's pure-Python standard library (lib/**.py), embedded in the CLI bundle as the
// constant __PYPYTS_STDLIB__ (relative path -> source) that src/interp/stdlib.ts reads.
function stdlibSources(dir = fileURLToPath(new URL("../lib", import.meta.url)), rel = "") {
  const out = {};
  for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
    const r = rel === "" ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) Object.assign(out, stdlibSources(dir, r));
    else if (e.name.endsWith(".py")) out[r] = readFileSync(join(dir, r), "utf8");
  }
  return out;
}

const common = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  minifySyntax: true,
};

await Promise.all([
  build({ ...common, entryPoints: ["src/launcher.ts"], outfile: "dist/pypy-ts.mjs", banner: { js: "#!/usr/bin/env node" }, sourcemap: false }),
  build({
    ...common,
    entryPoints: ["src/cli.ts"],
    outfile: "dist/pypy-ts-core.cjs",
    // CommonJS: V8's code cache (vm.Script cachedData) exists for scripts, not ES modules, in Node 20
    format: "cjs",
    external: ["binaryen"] /* 15 MB: loaded at run time, only with --jit */,
    define: { __PYPYTS_STDLIB__: JSON.stringify(stdlibSources()), "import.meta.url": "__launcherUrl" },
  }),
  build({ ...common, entryPoints: ["src/frontend/index.ts"], outfile: "dist/frontend.mjs" }),
]);
chmodSync("dist/pypy-ts.mjs", 0o755);

// Calls of the heap accessors and other one-line helpers become their bodies, and the eval loop
// reads the heap's views from locals (scripts/lib/inline-trivial.mjs, local-views.mjs); before
// the code cache is written, which depends on the text. PYPYTS_NO_INLINE=1 skips both (for
// before/after measurements).
if (process.env.PYPYTS_NO_INLINE !== "1") {
  const { inlineTrivialCalls } = await import("./lib/inline-trivial.mjs");
  const { LOCAL_VIEW_FUNCTIONS, localizeViews } = await import("./lib/local-views.mjs");
  const core = "dist/pypy-ts-core.cjs";
  const { code, replaced } = inlineTrivialCalls(readFileSync(core, "utf8"));
  writeFileSync(core, localizeViews(code, LOCAL_VIEW_FUNCTIONS));
  if (process.env.PYPYTS_BUILD_VERBOSE) console.log(`build: ${replaced} trivial calls inlined`);
}

// The code cache: written after one run of a small program, so it also holds the functions a
// typical start-up compiles. Without it (or when V8 rejects it) the CLI only starts slower.
rmSync("dist/pypy-ts-core.cache", { force: true });
try {
  execFileSync(process.execPath, ["dist/pypy-ts.mjs", "scripts/code-cache-warmup.py"], { env: { ...process.env, PYPYTS_NO_WORKER: "1", PYPYTS_CODE_CACHE: "write" }, stdio: "ignore" });
} catch (e) {
  console.warn(`build: no code cache (${e.message.split("\n")[0]}); start-up will be slower`);
}

// The JIT's jitcodes, generated from every RTS file (never edited by hand).
const { runCodewriter } = await import("./codewriter.mjs");
if (!(await runCodewriter())) process.exit(1);
