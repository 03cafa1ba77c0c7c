// The result JSON the runner writes (speed-dashboard/results/*.json) and the dashboard and the
// README table read: its types, a validator, and the summary (speed-ups and geometric means).

import type { JitCounts } from "./jit-coupling.js";
import { geomean } from "./stats.js";

export const RESULT_SCHEMA = "pypy-ts-bench/1";
/** Speed-ups are relative to this implementation. */
export const BASELINE = "cpython";

export interface ImplementationInfo {
  id: string;
  label: string;
  available: boolean;
  /** Why it is unavailable, or a note on how it was run. */
  note: string | null;
  version: string | null;
  /** The command before `<file> <size>`. */
  command: string[];
}

export interface RunRecord {
  ok: boolean;
  wallMs: number | null;
  cpuMs: number | null;
  maxRssKB: number | null;
  error: string | null;
}

export type Status = "ok" | "failed" | "unavailable";

export interface ImplResult {
  status: Status;
  /** The failed run's error (its last stderr line, "wrong checksum …" or "timed out …"). */
  error: string | null;
  runs: RunRecord[];
  medianMs: number | null;
  minMs: number | null;
  maxMs: number | null;
  spreadPct: number | null;
  cpuMedianMs: number | null;
  maxRssKB: number | null;
  /** CPython's median time over this one: above 1 is faster than CPython. */
  speedup: number | null;
  warmupMs: number | null;
  jit: JitCounts | null;
}

export interface BenchmarkResult {
  name: string;
  description: string;
  tier: number;
  size: string;
  checksum: string;
  results: Record<string, ImplResult>;
}

export interface GeomeanEntry {
  value: number | null;
  /** Benchmarks that count: both this implementation and CPython succeeded. */
  counted: number;
  total: number;
}

export interface Summary {
  baseline: string;
  geomean: Record<string, { overall: GeomeanEntry; tiers: Record<string, GeomeanEntry> }>;
}

export interface BenchResults {
  schema: string;
  date: string;
  commit: { hash: string; short: string; subject: string; date: string; dirty: boolean };
  machine: { hostname: string; platform: string; release: string; arch: string; cpuModel: string; cpus: number; memoryMB: number; loadAverage: number[] };
  versions: Record<string, string | null>;
  options: { runs: number; timeoutSec: number; sizes: "default" | "test" };
  tiers: Record<string, string>;
  implementations: ImplementationInfo[];
  benchmarks: BenchmarkResult[];
  summary: Summary;
}

/** Fills in each result's speed-up and computes the geometric means per tier and overall. */
export function summarize(benchmarks: BenchmarkResult[], implementations: ImplementationInfo[]): Summary {
  const summary: Summary = { baseline: BASELINE, geomean: {} };
  for (const b of benchmarks) {
    const base = b.results[BASELINE];
    for (const r of Object.values(b.results))
      r.speedup = base?.status === "ok" && r.status === "ok" ? base.medianMs! / r.medianMs! : null;
  }
  const tiers = [...new Set(benchmarks.map((b) => b.tier))].sort();
  const entry = (bs: BenchmarkResult[], id: string): GeomeanEntry => {
    const ups = bs.map((b) => b.results[id]?.speedup).filter((x): x is number => typeof x === "number");
    return { value: ups.length ? geomean(ups) : null, counted: ups.length, total: bs.length };
  };
  for (const impl of implementations) {
    const byTier: Record<string, GeomeanEntry> = {};
    for (const t of tiers) byTier[t] = entry(benchmarks.filter((b) => b.tier === t), impl.id);
    summary.geomean[impl.id] = { overall: entry(benchmarks, impl.id), tiers: byTier };
  }
  return summary;
}

/** Checks that `x` has the shape of a BenchResults; throws with the path of the first problem. */
export function validateResults(x: unknown): BenchResults {
  const fail = (path: string, what: string): never => {
    throw new Error(`invalid bench result: ${path} ${what}`);
  };
  const obj = (v: unknown, path: string): Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : fail(path, "is not an object");
  const arr = (v: unknown, path: string): unknown[] => (Array.isArray(v) ? v : fail(path, "is not an array"));
  const str = (v: unknown, path: string): string => (typeof v === "string" ? v : fail(path, "is not a string"));
  const num = (v: unknown, path: string): number => (typeof v === "number" && Number.isFinite(v) ? v : fail(path, "is not a number"));
  const numOrNull = (v: unknown, path: string): number | null => (v === null ? null : num(v, path));

  const root = obj(x, "$");
  if (root.schema !== RESULT_SCHEMA) fail("$.schema", `is not '${RESULT_SCHEMA}'`);
  str(root.date, "$.date");
  const commit = obj(root.commit, "$.commit");
  for (const k of ["hash", "short", "subject", "date"]) str(commit[k], `$.commit.${k}`);
  const machine = obj(root.machine, "$.machine");
  for (const k of ["platform", "arch", "cpuModel"]) str(machine[k], `$.machine.${k}`);
  num(machine.cpus, "$.machine.cpus");
  obj(root.versions, "$.versions");
  const options = obj(root.options, "$.options");
  num(options.runs, "$.options.runs");
  num(options.timeoutSec, "$.options.timeoutSec");
  const ids = new Set<string>();
  arr(root.implementations, "$.implementations").forEach((v, i) => {
    const impl = obj(v, `$.implementations[${i}]`);
    ids.add(str(impl.id, `$.implementations[${i}].id`));
    str(impl.label, `$.implementations[${i}].label`);
    if (typeof impl.available !== "boolean") fail(`$.implementations[${i}].available`, "is not a boolean");
  });
  if (!ids.has(BASELINE)) fail("$.implementations", `has no '${BASELINE}'`);
  arr(root.benchmarks, "$.benchmarks").forEach((v, i) => {
    const p = `$.benchmarks[${i}]`;
    const b = obj(v, p);
    str(b.name, `${p}.name`);
    num(b.tier, `${p}.tier`);
    str(b.checksum, `${p}.checksum`);
    const results = obj(b.results, `${p}.results`);
    for (const id of ids) {
      const rp = `${p}.results.${id}`;
      const r = obj(results[id], rp);
      if (r.status !== "ok" && r.status !== "failed" && r.status !== "unavailable") fail(`${rp}.status`, "is not ok/failed/unavailable");
      arr(r.runs, `${rp}.runs`);
      const medianMs = numOrNull(r.medianMs, `${rp}.medianMs`);
      numOrNull(r.speedup, `${rp}.speedup`);
      numOrNull(r.maxRssKB, `${rp}.maxRssKB`);
      numOrNull(r.warmupMs, `${rp}.warmupMs`);
      // A time is reported only for a correct answer.
      if ((r.status === "ok") !== (medianMs !== null)) fail(`${rp}.medianMs`, `must be a number exactly when the status is ok`);
      if (r.status === "failed") str(r.error, `${rp}.error`);
    }
  });
  const summary = obj(root.summary, "$.summary");
  const gm = obj(summary.geomean, "$.summary.geomean");
  for (const id of ids) numOrNull(obj(obj(gm[id], `$.summary.geomean.${id}`).overall, `$.summary.geomean.${id}.overall`).value, `$.summary.geomean.${id}.overall.value`);
  return x as BenchResults;
}
