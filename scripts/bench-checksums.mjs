// Recomputes each benchmark's stored checksums with python3 (the specification) at its default
// and test sizes, and rewrites the `# checksum:` / `# test-checksum:` header lines.
//
//   npm run bench:checksums [-- NAME...]
//
// Prints python3's time at the default size too: sizes are chosen so that it is 1-3 s.

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { bundleAndImport } from "./lib/bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const { loadBenchmarks, selectBenchmarks } = await bundleAndImport(`${root}speed-dashboard/lib/benchmarks.ts`);
const python = execFileSync("python3", ["-c", "import sys;print(sys.executable)"], { encoding: "utf8" }).trim();

for (const b of selectBenchmarks(loadBenchmarks(`${root}speed-dashboard/benchmarks`), process.argv.slice(2))) {
  const run = (size) => execFileSync(python, [b.file, size], { encoding: "utf8" }).trim();
  const t0 = performance.now();
  const checksum = run(b.size);
  const seconds = (performance.now() - t0) / 1000;
  const testChecksum = run(b.testSize);
  for (const c of [checksum, testChecksum]) if (!c || c.includes("\n")) throw new Error(`${b.name}: the checksum must be one non-empty line, got '${c}'`);
  const source = readFileSync(b.file, "utf8")
    .replace(/^# checksum: .*$/m, `# checksum: ${checksum}`)
    .replace(/^# test-checksum: .*$/m, `# test-checksum: ${testChecksum}`);
  writeFileSync(b.file, source);
  console.log(`${b.name.padEnd(16)} size ${b.size.padStart(8)}  python3 ${seconds.toFixed(2)} s  ${checksum}`);
}
