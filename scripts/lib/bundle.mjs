// Shared by the scripts that run TypeScript sources directly (GC stress and bench): bundle an
// entry with esbuild into a temporary file and import it, and read numeric `--name value` flags.
import { build } from "esbuild";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Bundles `entry` (a .ts path) and returns the imported module. */
export async function bundleAndImport(entry) {
  const out = await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "node", write: false, logLevel: "error" });
  const dir = mkdtempSync(join(tmpdir(), "pypyts-bundle-"));
  const file = join(dir, "bundle.mjs");
  writeFileSync(file, out.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The number after `--name` in `args`, or `dflt`. */
export function numberOption(args, name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
}
