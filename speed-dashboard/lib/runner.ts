// Runs benchmarks on implementations: several runs each, the implementations alternating run by
// run (so a slow patch of the shared machine does not land on one of them only). Each run is a
// whole process, timed by measure.py (wall and CPU time, peak RSS); its stdout must be the stored
// checksum, or the run failed: a wrong answer, an error or a timeout is never a time. After a
// failed run the implementation's remaining runs of that benchmark are skipped (CPU is scarce).

import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Benchmark, checkOutput, truncate } from "./benchmarks.js";
import type { Implementation } from "./implementations.js";
import { jitLogEnv, type JitLogReading, readJitLog } from "./jit-coupling.js";
import type { BenchmarkResult, ImplResult, RunRecord } from "./results.js";
import { median, spreadPct } from "./stats.js";

export interface RunOptions {
  runs: number;
  timeoutSec: number;
  sizes: "default" | "test";
  /** The python3 that runs measure.py (any CPython; the real binary avoids a shim's start-up). */
  harnessPython: string;
  measureScript: string;
  log: (line: string) => void;
}

interface Measurement {
  wallMs: number;
  cpuMs: number;
  maxRssKB: number;
  exitCode: number | null;
  signal: number | null;
  timedOut: boolean;
}

/** The last non-empty line of a failed run's stderr: the exception, as the user would see it. */
export function lastLine(text: string): string | null {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.length ? truncate(lines.at(-1)!, 160) : null;
}

/** One run of one benchmark on one implementation. */
export function runOnce(impl: Implementation, bench: Benchmark, opts: RunOptions): { record: RunRecord; jit: JitLogReading | null } {
  const size = opts.sizes === "test" ? bench.testSize : bench.size;
  const expected = opts.sizes === "test" ? bench.testChecksum : bench.checksum;
  const dir = mkdtempSync(join(tmpdir(), "pypyts-bench-"));
  try {
    const stdoutFile = join(dir, "stdout");
    const stderrFile = join(dir, "stderr");
    const logFile = join(dir, "pypylog");
    const env = { ...process.env, ...(impl.jitLog ? jitLogEnv(logFile) : {}) };
    const args = [opts.measureScript, String(opts.timeoutSec), stdoutFile, stderrFile, ...impl.info.command, bench.file, size];
    const r = spawnSync(opts.harnessPython, args, { encoding: "utf8", env });
    if (r.status !== 0) throw new Error(`measure.py failed: ${r.error?.message ?? lastLine(r.stderr ?? "")}`);
    const m = JSON.parse(r.stdout) as Measurement;
    const stdout = existsSync(stdoutFile) ? readFileSync(stdoutFile, "utf8") : "";
    const stderr = existsSync(stderrFile) ? readFileSync(stderrFile, "utf8") : "";
    let error: string | null = null;
    if (m.timedOut) error = `timed out after ${opts.timeoutSec} s`;
    else if (m.exitCode !== 0) error = lastLine(stderr) ?? (m.signal !== null ? `killed by signal ${m.signal}` : `exit code ${m.exitCode}`);
    else error = checkOutput(stdout, expected);
    const jit = impl.jitLog && existsSync(logFile) ? readJitLog(readFileSync(logFile, "utf8")) : null;
    return {
      record: { ok: error === null, wallMs: m.wallMs, cpuMs: m.cpuMs, maxRssKB: m.maxRssKB, error },
      jit,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function unavailable(impl: Implementation): ImplResult {
  return {
    status: "unavailable",
    error: impl.info.note,
    runs: [],
    medianMs: null,
    minMs: null,
    maxMs: null,
    spreadPct: null,
    cpuMedianMs: null,
    maxRssKB: null,
    speedup: null,
    warmupMs: null,
    jit: null,
  };
}

/** Runs one benchmark on every available implementation, `opts.runs` times each, alternating. */
export function runBenchmark(bench: Benchmark, impls: Implementation[], opts: RunOptions): BenchmarkResult {
  const available = impls.filter((i) => i.info.available);
  const runs = new Map<string, RunRecord[]>(available.map((i) => [i.info.id, []]));
  const jit = new Map<string, JitLogReading | null>();
  for (let r = 0; r < opts.runs; r++) {
    // Rotate the order each round, so no implementation always runs first (or right after another).
    const order = available.map((_, k) => available[(k + r) % available.length]!);
    for (const impl of order) {
      const done = runs.get(impl.info.id)!;
      if (done.some((x) => !x.ok)) continue;
      const { record, jit: reading } = runOnce(impl, bench, opts);
      done.push(record);
      if (record.ok && !jit.get(impl.info.id)) jit.set(impl.info.id, reading);
      opts.log(
        `  ${bench.name} ${impl.info.id} run ${r + 1}/${opts.runs}: ` +
          (record.ok ? `${(record.wallMs! / 1000).toFixed(2)} s, ${Math.round(record.maxRssKB! / 1024)} MB` : `FAILED ${record.error}`),
      );
    }
  }
  const results: Record<string, ImplResult> = {};
  for (const impl of impls) {
    const id = impl.info.id;
    if (!impl.info.available) {
      results[id] = unavailable(impl);
      continue;
    }
    const rs = runs.get(id)!;
    const failed = rs.find((x) => !x.ok);
    const walls = rs.map((x) => x.wallMs!);
    const reading = jit.get(id) ?? null;
    results[id] = {
      status: failed ? "failed" : "ok",
      error: failed ? failed.error : null,
      runs: rs,
      medianMs: failed ? null : median(walls),
      minMs: failed ? null : Math.min(...walls),
      maxMs: failed ? null : Math.max(...walls),
      spreadPct: failed ? null : spreadPct(walls),
      cpuMedianMs: failed ? null : median(rs.map((x) => x.cpuMs!)),
      maxRssKB: failed ? null : median(rs.map((x) => x.maxRssKB!)),
      speedup: null,
      warmupMs: failed ? null : (reading?.warmupMs ?? null),
      jit: failed ? null : (reading?.counts ?? null),
    };
  }
  const size = opts.sizes === "test" ? bench.testSize : bench.size;
  const checksum = opts.sizes === "test" ? bench.testChecksum : bench.checksum;
  return { name: bench.name, description: bench.description, tier: bench.tier, size, checksum, results };
}
