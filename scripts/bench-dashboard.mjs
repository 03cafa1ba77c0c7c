// `npm run dashboard`: builds the static speed dashboard into speed-dashboard/dist/ from every
// result in speed-dashboard/results/ (speed-dashboard/lib/dashboard-build.ts).
//   node scripts/bench-dashboard.mjs [--results DIR] [--out DIR]
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleAndImport } from "./lib/bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const option = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const { buildDashboard } = await bundleAndImport(`${root}speed-dashboard/lib/dashboard-build.ts`);
const outDir = option("--out", join(root, "speed-dashboard", "dist"));
const { results } = buildDashboard({ root, resultsDir: option("--results", join(root, "speed-dashboard", "results")), outDir });
console.log(`dashboard: ${results} result(s) -> ${join(outDir, "index.html")}`);
