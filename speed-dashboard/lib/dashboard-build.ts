// Builds the static dashboard: the page (speed-dashboard/page/), Chart.js (from node_modules) and
// every result JSON, validated, into one directory that any static host (or file://) serves.
// The results go into data.js as one global, so the page needs no fetch and works from disk.

import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type BenchResults, validateResults } from "./results.js";

export interface BuildOptions {
  root: string;
  resultsDir: string;
  outDir: string;
}

export const CHART_JS = join("node_modules", "chart.js", "dist", "chart.umd.min.js");
const PAGE_FILES = ["index.html", "app.js", "style.css"];

/** Reads and validates every *.json in `dir`, oldest first; a file that does not validate is an error naming it. */
export function readResults(dir: string): BenchResults[] {
  if (!existsSync(dir)) return [];
  const out: BenchResults[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".json")) continue;
    try {
      out.push(validateResults(JSON.parse(readFileSync(join(dir, f), "utf8"))));
    } catch (e) {
      throw new Error(`${join(dir, f)}: ${(e as Error).message}`);
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export function buildDashboard(opts: BuildOptions): { files: string[]; results: number } {
  const results = readResults(opts.resultsDir);
  mkdirSync(opts.outDir, { recursive: true });
  for (const f of PAGE_FILES) copyFileSync(join(opts.root, "speed-dashboard", "page", f), join(opts.outDir, f));
  const chart = join(opts.root, CHART_JS);
  if (!existsSync(chart)) throw new Error(`${CHART_JS} is missing: run npm install (chart.js is a devDependency)`);
  copyFileSync(chart, join(opts.outDir, "chart.umd.min.js"));
  // `<` escaped so that no string in the data can close the script element.
  writeFileSync(join(opts.outDir, "data.js"), `window.BENCH_RESULTS = ${JSON.stringify(results).replace(/</g, "\\u003c")};\n`);
  return { files: [...PAGE_FILES, "chart.umd.min.js", "data.js"], results: results.length };
}
