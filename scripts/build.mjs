// Bundles the CLI into one file (dist/pypy-ts.mjs) so start-up loads a single module.
import { build } from "esbuild";
import { chmodSync } from "node:fs";

const outfile = "dist/pypy-ts.mjs";
await build({
  entryPoints: ["src/cli.ts"],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  banner: { js: "#!/usr/bin/env node" },
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
