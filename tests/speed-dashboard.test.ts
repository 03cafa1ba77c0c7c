// The speed dashboard's fast, browser-free sample (the full runs are `npm run bench`, the browser
// test `npm run dashboard:test`): the suite's headers, every benchmark's checksum at its tiny test
// size on python3, failed runs recorded as failures (never times), the result JSON's schema, the
// statistics, the JIT-log coupling against the real JIT log writer, and the dashboard and README
// built from the fixture results.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JitLog } from "../src/tracer/jitlog.js";
import { loadBenchmarks, selectBenchmarks, TIERS } from "../speed-dashboard/lib/benchmarks.js";
import { buildDashboard, readResults } from "../speed-dashboard/lib/dashboard-build.js";
import type { Implementation } from "../speed-dashboard/lib/implementations.js";
import { realPython3 } from "../speed-dashboard/lib/implementations.js";
import { pypyTsJitModes, readJitLog } from "../speed-dashboard/lib/jit-coupling.js";
import { latestResult, updateReadme, START, END } from "../speed-dashboard/lib/readme.js";
import { formatSpeedup, fullReport, speedTable } from "../speed-dashboard/lib/report.js";
import { type BenchResults, RESULT_SCHEMA, summarize, validateResults } from "../speed-dashboard/lib/results.js";
import { runBenchmark, type RunOptions } from "../speed-dashboard/lib/runner.js";
import { geomean, median, spreadPct } from "../speed-dashboard/lib/stats.js";

const ROOT = new URL("..", import.meta.url).pathname;
const BENCH_DIR = join(ROOT, "speed-dashboard", "benchmarks");
const FIXTURES = join(ROOT, "speed-dashboard", "fixtures");
const python = realPython3()!;
const tmp = mkdtempSync(join(tmpdir(), "speed-dashboard-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function impl(id: string, command: string[]): Implementation {
  return { jitLog: false, info: { id, label: id, available: true, note: null, version: null, command } };
}
const cpython = impl("cpython", [python]);
const options = (over: Partial<RunOptions> = {}): RunOptions => ({
  runs: 1,
  timeoutSec: 60,
  sizes: "test",
  harnessPython: python,
  measureScript: join(ROOT, "speed-dashboard", "lib", "measure.py"),
  log: () => {},
  ...over,
});

function resultsOf(benchmarks: ReturnType<typeof runBenchmark>[], impls: Implementation[]): BenchResults {
  const implementations = impls.map((i) => i.info);
  return {
    schema: RESULT_SCHEMA,
    date: "2026-01-01T00:00:00.000Z",
    commit: { hash: "0".repeat(40), short: "0000000", subject: "test", date: "2026-01-01T00:00:00Z", dirty: false },
    machine: { hostname: "h", platform: "linux", release: "6", arch: "x64", cpuModel: "cpu", cpus: 2, memoryMB: 1024, loadAverage: [0, 0, 0] },
    versions: {},
    options: { runs: 1, timeoutSec: 60, sizes: "test" },
    tiers: Object.fromEntries(Object.entries(TIERS)),
    implementations,
    benchmarks,
    summary: summarize(benchmarks, implementations),
  };
}

describe("the benchmark suite", () => {
  const all = loadBenchmarks(BENCH_DIR);

  it("has the three tiers, each benchmark with its stored checksums", () => {
    expect(all.length).toBeGreaterThanOrEqual(13);
    for (const t of [1, 2, 3]) expect(all.filter((b) => b.tier === t).length).toBeGreaterThanOrEqual(3);
    for (const b of all) {
      expect(b.checksum, b.name).not.toBe("?");
      expect(b.testChecksum, b.name).not.toBe("?");
      expect(Number(b.size), b.name).toBeGreaterThan(0);
    }
    expect(() => selectBenchmarks(all, ["no_such_benchmark"])).toThrow(/unknown benchmark/);
  });

  it("prints the stored test checksum for every benchmark on python3", () => {
    for (const b of all) {
      const r = runBenchmark(b, [cpython], options());
      expect(r.results.cpython!.status, `${b.name}: ${r.results.cpython!.error}`).toBe("ok");
    }
  }, 180_000);
});

describe("the runner", () => {
  const [fib, nqueens] = selectBenchmarks(loadBenchmarks(BENCH_DIR), ["fib", "nqueens"]);
  const wrong = impl("wrong", [python, "-c", "print(42)"]);
  const raises = impl("raises", [python, "-c", "import sys\nprint('some output')\nraise ValueError('boom at ' + sys.argv[2])"]);
  const slow = impl("slow", [python, "-c", "import time; time.sleep(30)"]);
  let results: ReturnType<typeof runBenchmark>[] = [];
  beforeAll(() => {
    results = [fib!, nqueens!].map((b) => runBenchmark(b, [cpython, wrong, raises, slow], options({ runs: 2, timeoutSec: 1 })));
  }, 180_000); // about 12 processes: generous, for a loaded machine

  it("times correct runs and records every other run as failed, with its error and no time", () => {
    for (const r of results) {
      const ok = r.results.cpython!;
      expect(ok.status).toBe("ok");
      expect(ok.runs).toHaveLength(2);
      expect(ok.medianMs).toBeGreaterThan(0);
      expect(ok.maxRssKB).toBeGreaterThan(1000);
      expect(r.results.wrong!.error).toBe(`wrong checksum: got '42', expected '${r.checksum}'`);
      expect(r.results.raises!.error).toBe(`ValueError: boom at ${r.size}`);
      expect(r.results.slow!.error).toBe("timed out after 1 s");
      for (const id of ["wrong", "raises", "slow"]) {
        const f = r.results[id]!;
        expect(f.status).toBe("failed");
        expect(f.medianMs).toBeNull();
        expect(f.runs).toHaveLength(1); // the remaining runs are skipped
      }
    }
  });

  it("writes results that validate, with speed-ups and geometric means over the successes only", () => {
    const res = validateResults(JSON.parse(JSON.stringify(resultsOf(results, [cpython, wrong, raises, slow]))));
    expect(res.benchmarks[0]!.results.cpython!.speedup).toBe(1);
    expect(res.summary.geomean.cpython!.overall).toEqual({ value: 1, counted: 2, total: 2 });
    expect(res.summary.geomean.wrong!.overall).toEqual({ value: null, counted: 0, total: 2 });
    const table = speedTable(res);
    expect(table).toContain("failed: wrong checksum: got '42'");
    expect(table).toContain("**geometric mean, all**");
  });

  it("rejects a result that reports a time for a failed run", () => {
    const res = JSON.parse(JSON.stringify(resultsOf(results, [cpython, wrong])));
    res.benchmarks[0].results.wrong.medianMs = 12;
    expect(() => validateResults(res)).toThrow(/results\.wrong\.medianMs must be a number exactly when the status is ok/);
  });
});

describe("statistics", () => {
  it("median, spread and geometric mean", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(spreadPct([90, 100, 110])).toBeCloseTo(20);
    expect(geomean([2, 8])).toBeCloseTo(4);
    expect(geomean([0.5, 2])).toBeCloseTo(1);
    expect(() => geomean([])).toThrow();
    expect(formatSpeedup(0.0712)).toBe("0.071×");
    expect(formatSpeedup(1.234)).toBe("1.23×");
  });

  it("geometric means per tier", () => {
    const r = (speedMs: number) => ({ status: "ok" as const, error: null, runs: [], medianMs: speedMs, minMs: speedMs, maxMs: speedMs, spreadPct: 0, cpuMedianMs: speedMs, maxRssKB: 1, speedup: null, warmupMs: null, jit: null });
    const bench = (tier: number, base: number, x: number) => ({ name: `b${tier}${x}`, description: "", tier, size: "1", checksum: "1", results: { cpython: r(base), x: r(x) } });
    const infos = [cpython.info, impl("x", []).info];
    const s = summarize([bench(1, 100, 50), bench(1, 100, 200), bench(2, 100, 25)], infos);
    expect(s.geomean.x!.tiers[1]!.value).toBeCloseTo(1); // 2x and 0.5x
    expect(s.geomean.x!.tiers[2]!.value).toBeCloseTo(4);
    expect(s.geomean.x!.overall.value).toBeCloseTo(Math.cbrt(2 * 0.5 * 4));
  });
});

describe("the JIT coupling", () => {
  it("reads the counts and the warm-up from pypy-ts's own JIT log writer", () => {
    const file = join(tmp, "pypylog");
    const log = new JitLog(`jit-summary,jit-backend:${file}`);
    log.time("Tracing", 3);
    log.time("Backend", 2);
    log.count("loops", 2);
    log.count("bridges");
    log.count("aborts", 4);
    log.count("guard failures", 7);
    log.section("jit-backend", "Loop 0 (code 1 pc 4): 12 ops compiled in 1.000 ms");
    log.close();
    const reading = readJitLog(readFileSync(file, "utf8"))!;
    expect(reading.counts).toEqual({ traces: 2, bridges: 1, aborts: 4, guardFailures: 7, compileMs: 5 });
    expect(reading.warmupMs).toBeGreaterThan(0);
  });

  it("reads PyPy's jit-summary", () => {
    const text = "[1f] {jit-summary\nTracing:      \t9\t0.034947\nBackend:      \t9\t0.012186\nTOTAL:      \t\t0.080487\nabort: trace too long:\t1\nabort: compiling:\t2\nTotal # of loops:\t3\nTotal # of bridges:\t8\n[2f] jit-summary}\n";
    expect(readJitLog(text)).toEqual({ counts: { traces: 3, bridges: 8, aborts: 3, guardFailures: null, compileMs: 47.133 }, warmupMs: null });
    expect(readJitLog("no summary here")).toBeNull();
  });

  it("finds which JIT modes the CLI accepts", () => {
    const cli = (accepts: string[]) => (args: string[]) => ({ ok: accepts.includes(args[0]!), firstLine: `unknown option ${args[0]}` });
    expect(pypyTsJitModes(cli(["--jit", "--no-jit"]))).toEqual({ on: { args: ["--jit"], note: null }, off: { args: ["--no-jit"], note: null } });
    const none = pypyTsJitModes(cli([]));
    expect(none.on.args).toBeNull();
    expect(none.off.args).toEqual([]); // an interpreter-only CLI: JIT off is the plain command
    expect(pypyTsJitModes(cli(["--jit"])).off.args).toBeNull();
  });
});

describe("the dashboard and the README table", () => {
  const fixtures = readResults(FIXTURES);

  it("builds the page from the fixture results", () => {
    const out = join(tmp, "dist");
    const built = buildDashboard({ root: ROOT, resultsDir: FIXTURES, outDir: out });
    expect(built.results).toBe(fixtures.length);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<script src="chart.umd.min.js"></script>');
    expect(readFileSync(join(out, "chart.umd.min.js"), "utf8").length).toBeGreaterThan(100_000);
    const window: { BENCH_RESULTS?: unknown } = {};
    runInNewContext(readFileSync(join(out, "data.js"), "utf8"), { window });
    expect(window.BENCH_RESULTS).toEqual(fixtures);
  });

  it("a result that does not validate stops the build, naming the file", () => {
    const dir = join(tmp, "bad-results");
    mkdirSync(dir);
    writeFileSync(join(dir, "r.json"), JSON.stringify({ ...fixtures[0]!, schema: "other" }));
    expect(() => buildDashboard({ root: ROOT, resultsDir: dir, outDir: join(tmp, "dist3") })).toThrow(/r\.json: invalid bench result: \$\.schema/);
  });

  it("writes the table between the README's markers", () => {
    const res = { ...fixtures.at(-1)!, options: { ...fixtures.at(-1)!.options, sizes: "default" as const } };
    expect(latestResult([res, fixtures[0]!])).toBe(res);
    const readme = `# x\n\n## Performance\n\nhow to\n\n${START}\nold\n${END}\n\n## Next\n`;
    const out = updateReadme(readme, res);
    expect(out).toContain(fullReport(res));
    expect(out).not.toContain("\nold\n");
    expect(out.endsWith(`${END}\n\n## Next\n`)).toBe(true);
    expect(updateReadme(out, res)).toBe(out);
  });
});
