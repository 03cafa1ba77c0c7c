// `npm run bench [-- [options] [NAME...]]`: the speed suite against CPython and PyPy
// (speed-dashboard/lib/bench-cli.ts; `-- --help` lists the options).
import { fileURLToPath } from "node:url";
import { bundleAndImport } from "./lib/bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { main } = await bundleAndImport(`${root}speed-dashboard/lib/bench-cli.ts`);
try {
  process.exitCode = main(process.argv.slice(2), root);
} catch (e) {
  console.error(`bench: ${e.message}`);
  process.exitCode = 2;
}
