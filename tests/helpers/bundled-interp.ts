// The interpreter bundled by esbuild from the current sources, for tests that run long Python
// programs in-process. Vitest's module transform turns every imported binding into a property
// read through a getter, which makes the interpreter's hot paths (heap loads, layout offsets,
// RTS helpers) several times slower than the same code bundled; one bundle made here, from
// src/ as it is now, runs at CLI speed and still never depends on a stale dist/. It goes
// through the same build passes as the CLI bundle (scripts/lib/inline-trivial.mjs,
// local-views.mjs), so the tests run the code the CLI runs.

import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { inlineTrivialCalls } from "../../scripts/lib/inline-trivial.mjs";
import { LOCAL_VIEW_FUNCTIONS, localizeViews } from "../../scripts/lib/local-views.mjs";

export type BundledInterp = typeof import("./interp-entry.js");

export async function loadBundledInterp(root: string): Promise<BundledInterp> {
  // inside the repo so that the bundle's external packages (binaryen, typescript) resolve
  const dir = join(root, "dist", "test-bundles");
  mkdirSync(dir, { recursive: true });
  const out = join(dir, `interp-${process.pid}-${Date.now()}.mjs`);
  const result = await build({
    entryPoints: [join(root, "tests/helpers/interp-entry.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: out,
    write: false,
    minifySyntax: true,
    logLevel: "warning",
    // libsources.ts finds lib/ relative to its own URL; the bundle lives elsewhere
    define: { "import.meta.url": JSON.stringify(pathToFileURL(join(root, "src/interp/libsources.ts")).href) },
  });
  writeFileSync(out, localizeViews(inlineTrivialCalls(result.outputFiles[0]!.text, "module").code, LOCAL_VIEW_FUNCTIONS, "module"));
  try {
    return (await import(/* @vite-ignore */ pathToFileURL(out).href)) as BundledInterp;
  } finally {
    rmSync(out, { force: true });
  }
}
