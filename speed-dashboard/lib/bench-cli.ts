// `npm run bench [-- [options] [NAME...]]`: runs the suite (or the named benchmarks), prints the
// tables and writes the result JSON (speed-dashboard/results/). Started by scripts/bench.mjs.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadBenchmarks, selectBenchmarks, TIERS } from "./benchmarks.js";
import { detectImplementations, IMPLEMENTATION_IDS, realPython3 } from "./implementations.js";
import { commitInfo, machineInfo } from "./metadata.js";
import { fullReport } from "./report.js";
import { type BenchResults, RESULT_SCHEMA, summarize, validateResults } from "./results.js";
import { runBenchmark } from "./runner.js";

const USAGE = `usage: npm run bench -- [options] [NAME...]
  --runs N         runs per benchmark and implementation (default 3)
  --timeout S      per-run timeout in seconds; a timeout is a failed run (default 180)
  --impl A,B       only these implementations (${IMPLEMENTATION_IDS.join(", ")}); CPython always runs
  --test-sizes     the tiny test sizes (a smoke test; not saved unless --out is given)
  --out FILE       where to write the result JSON (default speed-dashboard/results/<date>-<commit>.json)
  --no-save        do not write the result JSON`;

export function resultsDir(root: string): string {
  return join(root, "speed-dashboard", "results");
}

export function main(argv: string[], root: string): number {
  let runs = 3;
  let timeoutSec = 180;
  let only: string[] = [];
  let sizes: "default" | "test" = "default";
  let out: string | null = null;
  let save: boolean | null = null;
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === "--runs") runs = Number(value());
    else if (a === "--timeout") timeoutSec = Number(value());
    else if (a === "--impl") only = value().split(",");
    else if (a === "--test-sizes") sizes = "test";
    else if (a === "--out") out = value();
    else if (a === "--no-save") save = false;
    else if (a === "--help" || a === "-h") {
      console.log(USAGE);
      return 0;
    } else if (a.startsWith("-")) throw new Error(`unknown option ${a}\n${USAGE}`);
    else names.push(a);
  }
  if (!(Number.isInteger(runs) && runs > 0)) throw new Error("--runs must be a positive integer");
  if (!(timeoutSec > 0)) throw new Error("--timeout must be a positive number of seconds");
  for (const id of only) if (!(IMPLEMENTATION_IDS as readonly string[]).includes(id)) throw new Error(`unknown implementation '${id}'\n${USAGE}`);

  const benchmarks = selectBenchmarks(loadBenchmarks(join(root, "speed-dashboard", "benchmarks")), names);
  const impls = detectImplementations(root, only);
  const harnessPython = realPython3();
  if (!harnessPython) throw new Error("python3 is needed (it is the baseline, and it runs the timing harness)");
  for (const i of impls.map((x) => x.info))
    console.error(`${i.label.padEnd(18)} ${i.available ? (i.version ?? "") : "UNAVAILABLE"}${i.note ? ` (${i.note})` : ""}`);

  const date = new Date();
  const commit = commitInfo(root);
  const machine = machineInfo();
  const opts = { runs, timeoutSec, sizes, harnessPython, measureScript: join(root, "speed-dashboard", "lib", "measure.py"), log: (l: string) => console.error(l) };
  const results = benchmarks.map((b) => runBenchmark(b, impls, opts));
  const implementations = impls.map((i) => i.info);
  const res: BenchResults = {
    schema: RESULT_SCHEMA,
    date: date.toISOString(),
    commit,
    machine,
    versions: { node: process.version, ...Object.fromEntries(implementations.map((i) => [i.id, i.version])) },
    options: { runs, timeoutSec, sizes },
    tiers: Object.fromEntries(Object.entries(TIERS).map(([k, v]) => [k, v])),
    implementations,
    benchmarks: results,
    summary: summarize(results, implementations),
  };
  validateResults(res);
  console.log(fullReport(res));
  if (save ?? (sizes === "default" || out !== null)) {
    const file = out ?? join(resultsDir(root), `${date.toISOString().slice(0, 16).replace(/:/g, "-")}-${commit.short}.json`);
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, JSON.stringify(res, null, 1) + "\n");
    console.error(`wrote ${file}`);
  }
  return 0;
}
