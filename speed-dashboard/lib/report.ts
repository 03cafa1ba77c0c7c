// The results as Markdown tables: printed by `npm run bench` and written into the README's
// Performance section by `npm run bench:readme`. One formatter, so both always agree.

import type { BenchResults, GeomeanEntry, ImplResult } from "./results.js";
import { BASELINE } from "./results.js";

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatSpeedup(x: number): string {
  return `${x >= 0.095 ? x.toFixed(2) : x.toPrecision(2)}×`;
}

function cellText(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function timeCell(r: ImplResult | undefined, baseline: boolean): string {
  if (!r || r.status === "unavailable") return "—";
  if (r.status === "failed") return `failed: ${cellText(r.error ?? "")}`;
  const time = `${formatSeconds(r.medianMs!)} ±${r.spreadPct!.toFixed(0)}%`;
  return baseline || r.speedup === null ? time : `**${formatSpeedup(r.speedup)}** (${time})`;
}

function geomeanCell(g: GeomeanEntry | undefined, baseline: boolean): string {
  if (!g || g.value === null) return "—";
  return baseline ? "1×" : `**${formatSpeedup(g.value)}** (${g.counted}/${g.total})`;
}

/** The main table: per benchmark, time and speed-up over CPython for each implementation; geometric means per tier and overall. */
export function speedTable(res: BenchResults): string {
  const impls = res.implementations;
  const head = ["benchmark", "tier", ...impls.map((i) => i.label)];
  const rows: string[][] = [];
  for (const b of res.benchmarks) rows.push([b.name, String(b.tier), ...impls.map((i) => timeCell(b.results[i.id], i.id === BASELINE))]);
  const tiers = [...new Set(res.benchmarks.map((b) => b.tier))].sort();
  for (const t of tiers)
    rows.push([`geometric mean, tier ${t} (${res.tiers[t] ?? ""})`, String(t), ...impls.map((i) => geomeanCell(res.summary.geomean[i.id]?.tiers[t], i.id === BASELINE))]);
  rows.push(["**geometric mean, all**", "", ...impls.map((i) => geomeanCell(res.summary.geomean[i.id]?.overall, i.id === BASELINE))]);
  return markdownTable(head, rows);
}

/** Peak memory per implementation, and warm-up and JIT counts for those with a JIT. */
export function memoryAndJitTable(res: BenchResults): string {
  const impls = res.implementations.filter((i) => i.available);
  const mem = markdownTable(
    ["peak RSS (MB)", ...impls.map((i) => i.label)],
    res.benchmarks.map((b) => [b.name, ...impls.map((i) => (b.results[i.id]?.maxRssKB != null ? String(Math.round(b.results[i.id]!.maxRssKB! / 1024)) : "—"))]),
  );
  const jitRows: string[][] = [];
  for (const b of res.benchmarks)
    for (const i of impls) {
      const r = b.results[i.id];
      if (!r?.jit && r?.warmupMs == null) continue;
      const n = (v: number | null | undefined): string => (v == null ? "—" : String(v));
      const j = r.jit;
      jitRows.push([b.name, i.label, r.warmupMs == null ? "—" : `${r.warmupMs.toFixed(0)} ms`, n(j?.traces), n(j?.bridges), n(j?.aborts), n(j?.guardFailures), j?.compileMs == null ? "—" : `${j.compileMs.toFixed(0)} ms`]);
    }
  const jit = jitRows.length
    ? markdownTable(["JIT", "implementation", "warm-up", "traces", "bridges", "aborts", "guard failures", "compile time"], jitRows)
    : "JIT counts: none (no implementation with a JIT ran successfully).";
  return `${mem}\n\n${jit}`;
}

/** What was measured, on what: the lines above the tables. */
export function header(res: BenchResults): string {
  const m = res.machine;
  const lines = [
    `Commit \`${res.commit.short}\`${res.commit.dirty ? " (with uncommitted changes)" : ""} (${res.commit.subject}), ${res.date.slice(0, 10)}; ` +
      `${m.cpuModel}, ${m.cpus} cores (shared; load average ${m.loadAverage[0]} at the start), ${Math.round(m.memoryMB / 1024)} GB, ${m.platform} ${m.release}. ` +
      `Median of ${res.options.runs} runs (± is max − min over the median), wall time of the whole process; ` +
      `**n×** is the speed-up over CPython (above 1 is faster); a geometric mean counts the benchmarks that succeeded (k/n).`,
    "",
    ...res.implementations.map((i) => `- ${i.label}: ${i.available ? (i.version ?? "") : "not run"}${i.note ? ` — ${i.note}` : ""}`),
  ];
  return lines.join("\n");
}

export function fullReport(res: BenchResults): string {
  return `${header(res)}\n\n${speedTable(res)}\n\n${memoryAndJitTable(res)}\n`;
}

export function markdownTable(head: string[], rows: string[][]): string {
  const line = (cells: string[]): string => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
