// `npm run bench:readme`: writes the newest result in speed-dashboard/results/ (default sizes)
// into README.md's Performance section, between its markers (speed-dashboard/lib/readme.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleAndImport } from "./lib/bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { readResults, latestResult, updateReadme } = await bundleAndImport(`${root}speed-dashboard/lib/dashboard-entry.ts`);
const res = latestResult(readResults(join(root, "speed-dashboard", "results")));
if (!res) {
  console.error("bench:readme: no result at the default sizes in speed-dashboard/results/ (run npm run bench)");
  process.exit(1);
}
const readme = join(root, "README.md");
writeFileSync(readme, updateReadme(readFileSync(readme, "utf8"), res));
console.log(`README.md: Performance table from ${res.date} (commit ${res.commit.short})`);
