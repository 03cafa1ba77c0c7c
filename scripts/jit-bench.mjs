// JIT benchmark (never a test): interpreter (a)'s loop with the JIT off, on, and as plain JS,
// plus per-trace compile latency.   node scripts/jit-bench.mjs [iterations=1e8] [jit-off iterations=3e6]
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
mkdirSync(join(root, "dist"), { recursive: true });
const out = join(root, "dist", "jit-bench-bundle.mjs");
await build({
  stdin: {
    contents: `export { benchMain } from "./jit-tests/bench-harness.ts"; export { codewrite } from "./src/tracer/codewriter/index.ts";`,
    resolveDir: root,
    loader: "ts",
  },
  bundle: true, platform: "node", format: "esm", outfile: out, external: ["acorn", "esbuild", "binaryen"], logLevel: "warning",
});
const { benchMain, codewrite } = await import(pathToFileURL(out).href);
const artifact = codewrite(root, ["jit-tests/interp-a.ts"]);
const n = Number(process.argv[2] ?? 1e8);
const nOff = Number(process.argv[3] ?? 3e6);
await benchMain(artifact, n, nOff);
