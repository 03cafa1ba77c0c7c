// Dev driver: run a Python file in-process with the JIT at a threshold (default 1), the RTS
// sources codewritten on the fly.   node scripts/jit-run.mjs FILE.py [threshold]
import { build } from "esbuild";
import { pathToFileURL } from "node:url";
const root = new URL("..", import.meta.url).pathname;
const out = `${root}dist/tmp/jit-run.mjs`;
await build({ entryPoints: [`${root}scripts/jit-run.ts`], bundle: true, format: "esm", platform: "node", outfile: out, external: ["esbuild", "acorn", "binaryen"], logLevel: "error" });
const m = await import(pathToFileURL(out).href);
process.exitCode = await m.main(root, process.argv[2], Number(process.argv[3] ?? 1), ["src/interp/eval.ts", "src/interp/opnums.ts"]);
