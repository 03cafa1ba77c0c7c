// The codewriter build step: the interpreter's RTS files (a .ts file under src/ whose first
// statement is the directive "use rts") -> dist/jitcodes.json, the generated jitcode artifact the
// CLI's JIT links (src/interp/jit.ts). `--check` also translates jit-tests/ (whose tests
// codewrite their own interpreters).
//   node scripts/codewriter.mjs          write the artifact
//   node scripts/codewriter.mjs --check  translate only; print `file:line: reason` and exit 1 on errors
import { build } from "esbuild";
import { mkdirSync, readFileSync, readdirSync, writeFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function rtsFiles(dir) {
  const out = [];
  for (const name of readdirSync(join(root, dir))) {
    const p = join(dir, name);
    if (statSync(join(root, p)).isDirectory()) out.push(...rtsFiles(p));
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts") && /^\s*["']use rts["']/.test(readFileSync(join(root, p), "utf8"))) out.push(relative(root, join(root, p)));
  }
  return out;
}

export async function runCodewriter({ check = false } = {}) {
  mkdirSync(join(root, "dist"), { recursive: true });
  const tool = join(root, "dist", "codewriter-tool.mjs");
  await build({ entryPoints: [join(root, "src/tracer/codewriter/index.ts")], bundle: true, platform: "node", format: "esm", outfile: tool, external: ["acorn", "esbuild"], logLevel: "warning" });
  const { codewrite } = await import(pathToFileURL(tool).href);
  const files = (check ? ["src", "jit-tests"] : ["src"]).flatMap(rtsFiles);
  try {
    const artifact = codewrite(root, files);
    if (!check) writeFileSync(join(root, "dist", "jitcodes.json"), JSON.stringify(artifact));
    console.log(`codewriter: ${files.length} RTS files, ${artifact.jitcodes.length} jitcodes${check ? "" : " -> dist/jitcodes.json"}`);
    return true;
  } catch (e) {
    console.error(e.message);
    return false;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const ok = await runCodewriter({ check: process.argv.includes("--check") });
  process.exit(ok ? 0 : 1);
}
