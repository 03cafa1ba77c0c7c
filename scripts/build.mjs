// Bundles the CLI into one file (dist/pypy-ts.mjs) so start-up loads a single module, and the
// frontend's API into dist/frontend.mjs for the corpus and benchmark scripts.
import { build } from "esbuild";
import { chmodSync, readdirSync, readFileSync } from "node:fs";
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
  build({
    ...common,
    entryPoints: ["src/cli.ts"],
    outfile: "dist/pypy-ts.mjs",
    banner: { js: "#!/usr/bin/env node" },
    external: ["binaryen"] /* 15 MB: loaded at run time, only with --jit */,
    define: { __PYPYTS_STDLIB__: JSON.stringify(stdlibSources()) },
  }),
  build({ ...common, entryPoints: ["src/frontend/index.ts"], outfile: "dist/frontend.mjs" }),
]);
chmodSync("dist/pypy-ts.mjs", 0o755);

// The JIT's jitcodes, generated from every RTS file (never edited by hand).
const { runCodewriter } = await import("./codewriter.mjs");
if (!(await runCodewriter())) process.exit(1);
