// Bundles the CLI into one file (dist/pypy-ts.mjs) so start-up loads a single module, and the
// frontend's API into dist/frontend.mjs for the corpus and benchmark scripts.
import { build } from "esbuild";
import { chmodSync } from "node:fs";

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
  build({ ...common, entryPoints: ["src/cli.ts"], outfile: "dist/pypy-ts.mjs", banner: { js: "#!/usr/bin/env node" }, external: ["binaryen"] /* 15 MB: loaded at run time, only with --jit */ }),
  build({ ...common, entryPoints: ["src/frontend/index.ts"], outfile: "dist/frontend.mjs" }),
]);
chmodSync("dist/pypy-ts.mjs", 0o755);

// The JIT's jitcodes, generated from every RTS file (never edited by hand).
const { runCodewriter } = await import("./codewriter.mjs");
if (!(await runCodewriter())) process.exit(1);
