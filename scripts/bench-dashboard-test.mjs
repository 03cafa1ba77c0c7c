// `npm run dashboard:test`: the dashboard in a real browser (Debian's chromium through
// playwright-core; not part of `npm test`, CI machines have no chromium). For the fixture results
// (speed-dashboard/fixtures/, two results so the history shows) and for the real ones
// (speed-dashboard/results/): the page loads with no console error, and the figures it renders —
// the data table's text, each chart's data and aria-label, the bars' pixels in each
// implementation's colour — are the JSON's. Saves speed-dashboard/screenshot.png (real results).
//   node scripts/bench-dashboard-test.mjs [--chromium PATH] [--no-screenshot]

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { bundleAndImport } from "./lib/bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const chromiumPath = argv.includes("--chromium") ? argv[argv.indexOf("--chromium") + 1] : (process.env.CHROMIUM ?? "/usr/bin/chromium");
const { buildDashboard, readResults, formatSpeedup, formatSeconds } = await bundleAndImport(`${root}speed-dashboard/lib/dashboard-entry.ts`);

let failures = 0;
let passes = 0;
function check(ok, what) {
  if (ok) passes++;
  else {
    failures++;
    console.error(`FAIL ${what}`);
  }
}

const COLOURS = { cpython: [0x9e, 0x9e, 0x9e], "pypy-ts-nojit": [0xf2, 0x8e, 0x2b], "pypy-ts-jit": [0x4e, 0x79, 0xa7], pypy3: [0x59, 0xa1, 0x4f] };

/** Loads a built dashboard and checks it against `results` (the last one is shown first). */
async function checkPage(browser, dir, results, name) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(pathToFileURL(join(dir, "index.html")).href);
  try {
    await page.waitForFunction(() => document.querySelectorAll("#data-table td").length > 0, null, { timeout: 20_000 });
  } catch {
    check(false, `${name}: the page did not render its table (${errors.join("; ") || "no error reported"})`);
    return page;
  }
  const res = results.at(-1);
  const label = (id) => res.implementations.find((i) => i.id === id).label;
  const shown = res.implementations.filter((i) => i.available);

  // The data table: every benchmark x implementation, as the runner's formatters print them.
  const cells = await page.$$eval("#data-table td[data-field]", (tds) => tds.map((td) => ({ bench: td.dataset.bench, impl: td.dataset.impl, field: td.dataset.field, text: td.textContent })));
  const cell = (b, i, f) => cells.find((c) => c.bench === b && c.impl === i && c.field === f)?.text;
  for (const i of res.implementations.filter((x) => !x.available)) check(!cells.some((c) => c.impl === i.id), `${name}: no rows for ${i.id}, which did not run`);
  for (const b of res.benchmarks)
    for (const i of shown) {
      const r = b.results[i.id];
      check(cell(b.name, i.id, "status") === r.status, `${name}: ${b.name}/${i.id} status`);
      if (r.status === "ok") {
        check(cell(b.name, i.id, "median") === formatSeconds(r.medianMs), `${name}: ${b.name}/${i.id} median ${cell(b.name, i.id, "median")}`);
        check(cell(b.name, i.id, "speedup") === formatSpeedup(r.speedup), `${name}: ${b.name}/${i.id} speed-up ${cell(b.name, i.id, "speedup")} vs ${formatSpeedup(r.speedup)}`);
      } else if (r.status === "failed") check(cell(b.name, i.id, "error") === r.error, `${name}: ${b.name}/${i.id} error text`);
    }

  // Each chart's data, as Chart.js holds it, and its aria-label.
  const charts = await page.$$eval("canvas", (cs) =>
    cs.filter((c) => !c.closest("[hidden]")).map((c) => {
      const ch = Chart.getChart(c);
      return { id: c.id, aria: c.getAttribute("aria-label") ?? "", labels: ch?.data.labels ?? [], datasets: (ch?.data.datasets ?? []).map((d) => ({ label: d.label, data: d.data })) };
    }),
  );
  const chart = (id) => charts.find((c) => c.id === id);
  const close = (a, b) => (a === null && b === null) || (typeof a === "number" && typeof b === "number" && Math.abs(a - b) <= 1e-9 * Math.abs(b));
  const tiers = [...new Set(res.benchmarks.map((b) => b.tier))].sort();
  for (const t of tiers) {
    const c = chart(`chart-tier-${t}`);
    check(c !== undefined, `${name}: chart for tier ${t}`);
    if (!c) continue;
    const benches = res.benchmarks.filter((b) => b.tier === t);
    check(JSON.stringify(c.labels) === JSON.stringify([...benches.map((b) => b.name), "geometric mean"]), `${name}: tier ${t} labels`);
    for (const i of shown) {
      const ds = c.datasets.find((d) => d.label === i.label);
      const want = [...benches.map((b) => b.results[i.id].speedup), res.summary.geomean[i.id].tiers[t].value];
      check(ds && ds.data.every((v, k) => close(v, want[k])), `${name}: tier ${t} ${i.id} bar values`);
      for (const b of benches) {
        const r = b.results[i.id];
        const text = r.status === "failed" ? "failed" : r.speedup === null ? "no baseline" : formatSpeedup(r.speedup);
        check(c.aria.includes(`${b.name} — `) && c.aria.includes(`${i.label} ${text}`), `${name}: tier ${t} aria-label has ${b.name} ${i.label} ${text}`);
      }
    }
  }
  const overall = chart("chart-tiers");
  for (const i of shown) {
    const ds = overall?.datasets.find((d) => d.label === i.label);
    check(ds && close(ds.data.at(-1), res.summary.geomean[i.id].overall.value), `${name}: overall geomean bar for ${i.id}`);
  }
  const memory = chart("chart-memory");
  for (const b of res.benchmarks)
    for (const i of shown) {
      const r = b.results[i.id];
      const ds = memory?.datasets.find((d) => d.label === i.label);
      const k = res.benchmarks.indexOf(b);
      check(ds && close(ds.data[k], r.status === "ok" ? r.maxRssKB / 1024 : null), `${name}: memory bar ${b.name}/${i.id}`);
    }
  const withWarmup = res.benchmarks.filter((b) => shown.some((i) => b.results[i.id].warmupMs != null));
  const warm = chart("chart-warmup");
  check(withWarmup.length === 0 ? warm === undefined : warm?.labels.length === withWarmup.length, `${name}: warm-up chart shown iff there are warm-up figures`);
  for (const b of withWarmup) for (const i of shown) if (b.results[i.id].warmupMs != null) check(warm.aria.includes(`${i.label} ${b.results[i.id].warmupMs.toFixed(0)} ms`), `${name}: warm-up ${b.name}/${i.id}`);
  const history = results.filter((r) => r.options.sizes === res.options.sizes);
  const hist = chart("chart-history");
  check(history.length < 2 ? hist === undefined : hist?.labels.length === history.length, `${name}: history chart has one point per result`);
  if (hist)
    for (const [k, r] of history.entries())
      for (const i of r.implementations.filter((x) => x.available)) {
        const ds = hist.datasets.find((d) => d.label === i.label);
        check(ds && close(ds.data[k], r.summary.geomean[i.id].overall.value), `${name}: history point ${r.commit.short}/${i.id}`);
      }

  // The bars are drawn: pixels of each shown implementation's colour in the tier 1 chart.
  const counts = await page.$eval(
    "#chart-tier-1",
    (c, colours) => {
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      const out = {};
      for (const [id, [r, g, b]] of Object.entries(colours)) {
        let n = 0;
        for (let p = 0; p < d.length; p += 4) if (Math.abs(d[p] - r) < 8 && Math.abs(d[p + 1] - g) < 8 && Math.abs(d[p + 2] - b) < 8 && d[p + 3] > 200) n++;
        out[id] = n;
      }
      return out;
    },
    COLOURS,
  );
  const tier1 = res.benchmarks.filter((b) => b.tier === 1);
  for (const i of shown)
    if (tier1.some((b) => b.results[i.id].speedup !== null)) check(counts[i.id] > 50, `${name}: tier 1 chart has ${label(i.id)} bars drawn (${counts[i.id]} pixels)`);

  check(errors.length === 0, `${name}: no console errors (${errors.join("; ")})`);
  return page;
}

const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
const tmp = mkdtempSync(join(tmpdir(), "dashboard-test-"));
try {
  const fixtures = join(root, "speed-dashboard", "fixtures");
  buildDashboard({ root, resultsDir: fixtures, outDir: tmp });
  const fixtureResults = readResults(fixtures);
  const page = await checkPage(browser, tmp, fixtureResults, "fixtures");
  // Switching to the older result re-renders: its pypy-ts (JIT on) was not run, so no warm-up chart.
  await page.selectOption("#result-picker", "0");
  const note = await page.textContent("#warmup-note");
  check(/No warm-up figures/.test(note ?? ""), `fixtures: the older result shows no warm-up (${note})`);
  const first = fixtureResults[0].benchmarks[0];
  const shownCell = await page.textContent(`#data-table td[data-bench="${first.name}"][data-impl="cpython"][data-field="median"]`);
  check(shownCell === formatSeconds(first.results.cpython.medianMs), "fixtures: the picker shows the older result's figures");

  const realDir = join(root, "speed-dashboard", "dist");
  const real = readResults(join(root, "speed-dashboard", "results"));
  buildDashboard({ root, resultsDir: join(root, "speed-dashboard", "results"), outDir: realDir });
  if (real.length) {
    const realPage = await checkPage(browser, realDir, real, "results");
    if (!argv.includes("--no-screenshot")) {
      const file = join(root, "speed-dashboard", "screenshot.png");
      await realPage.screenshot({ path: file, fullPage: true });
      console.log(`screenshot: ${file}`);
    }
  } else console.log("no real results yet (speed-dashboard/results/ is empty): only the fixtures were checked");
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
console.log(`dashboard test: ${passes} checks passed, ${failures} failed`);
process.exitCode = failures ? 1 : 0;
