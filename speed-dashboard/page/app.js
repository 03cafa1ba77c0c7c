// The speed dashboard's page: renders window.BENCH_RESULTS (data.js, written by
// `npm run dashboard` from speed-dashboard/results/*.json) with Chart.js. Every chart's canvas
// carries an aria-label listing its figures, and the "All figures" table has every number.
"use strict";

(function () {
  const RESULTS = window.BENCH_RESULTS || [];
  const BASELINE = "cpython";
  const COLOURS = { cpython: "#9e9e9e", "pypy-ts-nojit": "#f28e2b", "pypy-ts-jit": "#4e79a7", pypy3: "#59a14f" };
  const EXTRA_COLOURS = ["#e15759", "#76b7b2", "#edc948", "#b07aa1"];
  const charts = [];

  // The same formats as the runner's tables (speed-dashboard/lib/report.ts).
  const fmtSpeedup = (x) => (x >= 0.095 ? x.toFixed(2) : x.toPrecision(2)) + "×";
  const fmtSeconds = (ms) => (ms / 1000).toFixed(2) + " s";
  const fmtMB = (kb) => Math.round(kb / 1024) + " MB";
  const fmtMs = (ms) => ms.toFixed(0) + " ms";

  function colour(id, i) {
    return COLOURS[id] || EXTRA_COLOURS[i % EXTRA_COLOURS.length];
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "class") node.className = v;
      else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  // Writes each bar's figure above it (or "failed" where a run failed): the chart reads without hovering.
  const valueLabels = {
    id: "valueLabels",
    afterDatasetsDraw(chart, _args, options) {
      if (!options || !options.text) return;
      const { ctx } = chart;
      ctx.save();
      ctx.font = "11px system-ui, sans-serif";
      ctx.textAlign = "center";
      chart.data.datasets.forEach((ds, di) => {
        const meta = chart.getDatasetMeta(di);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const text = options.text(di, i);
          if (!text) return;
          const failed = ds.data[i] === null;
          ctx.fillStyle = failed ? "#b00020" : "#333";
          const y = failed ? chart.scales.y.bottom - 4 : bar.y - 3;
          ctx.save();
          ctx.translate(bar.x, y);
          if (failed) ctx.rotate(-Math.PI / 2), (ctx.textAlign = "left");
          ctx.fillText(text, 0, 0);
          ctx.restore();
        });
      });
      ctx.restore();
    },
  };

  function makeChart(canvas, config, ariaLabel) {
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", ariaLabel);
    config.plugins = [valueLabels];
    const chart = new Chart(canvas, config);
    charts.push(chart);
    return chart;
  }

  function logAxis(values, title) {
    const finite = values.filter((v) => typeof v === "number" && v > 0);
    const lo = finite.length ? Math.min(...finite, 1) : 0.1;
    const hi = finite.length ? Math.max(...finite, 1) : 10;
    return {
      type: "logarithmic",
      min: Math.pow(10, Math.floor(Math.log10(lo) - 0.3)),
      max: Math.pow(10, Math.ceil(Math.log10(hi) + 0.3)),
      title: { display: true, text: title },
      // Label the powers of ten only.
      ticks: { callback: (v) => (Math.abs(Math.log10(v) - Math.round(Math.log10(v))) < 1e-9 ? v + "×" : "") },
    };
  }

  function implementations(res) {
    return res.implementations.filter((i) => i.available);
  }

  function resultText(r) {
    if (!r || r.status === "unavailable") return "not run";
    if (r.status === "failed") return "failed";
    return fmtSpeedup(r.speedup);
  }

  /** A bar chart of speed-ups: one group per label, one bar per implementation. */
  function speedupChart(canvas, title, labels, cell, impls) {
    const datasets = impls.map((impl, k) => ({
      label: impl.label,
      backgroundColor: colour(impl.id, k),
      data: labels.map((_, i) => {
        const c = cell(i, impl);
        return c && typeof c.value === "number" ? c.value : null;
      }),
    }));
    const aria =
      `${title}: ` +
      labels.map((label, i) => `${label} — ` + impls.map((impl) => `${impl.label} ${cell(i, impl)?.text ?? "not run"}`).join(", ")).join("; ");
    makeChart(
      canvas,
      {
        type: "bar",
        data: { labels, datasets },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: { y: logAxis(datasets.flatMap((d) => d.data), "speed-up over CPython (log scale)") },
          plugins: {
            title: { display: true, text: title },
            tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${cell(ctx.dataIndex, impls[ctx.datasetIndex])?.tooltip ?? ""}` } },
            valueLabels: {
              text: (di, i) => {
                const c = cell(i, impls[di]);
                if (!c) return null;
                return c.status === "failed" ? "failed" : typeof c.value === "number" ? fmtSpeedup(c.value) : null;
              },
            },
          },
        },
      },
      aria,
    );
  }

  function benchCell(res, b, impl) {
    const r = b.results[impl.id];
    if (!r || r.status === "unavailable") return null;
    if (r.status === "failed") return { status: "failed", value: null, text: "failed", tooltip: `failed: ${r.error}` };
    if (r.speedup === null) return { status: "ok", value: null, text: "no baseline", tooltip: fmtSeconds(r.medianMs) };
    return { status: "ok", value: r.speedup, text: fmtSpeedup(r.speedup), tooltip: `${fmtSpeedup(r.speedup)} (${fmtSeconds(r.medianMs)} ±${r.spreadPct.toFixed(0)}%)` };
  }

  function geomeanCell(entry) {
    if (!entry || entry.value === null) return null;
    return { status: "ok", value: entry.value, text: fmtSpeedup(entry.value), tooltip: `${fmtSpeedup(entry.value)} over ${entry.counted}/${entry.total} benchmarks` };
  }

  function renderMeta(res) {
    const meta = document.getElementById("meta");
    meta.replaceChildren();
    const m = res.machine;
    meta.append(
      el("div", {}, `Commit `, el("code", {}, res.commit.short), `${res.commit.dirty ? " (with uncommitted changes)" : ""} — ${res.commit.subject}`),
      el("div", {}, `Run ${res.date.replace("T", " ").slice(0, 16)} UTC on ${m.cpuModel}, ${m.cpus} cores, ${Math.round(m.memoryMB / 1024)} GB, ${m.platform} ${m.release}; median of ${res.options.runs} runs (wall time), load average ${m.loadAverage[0]} at the start, timeout ${res.options.timeoutSec} s, ${res.options.sizes} sizes.`),
      el(
        "ul",
        {},
        ...res.implementations.map((i) => el("li", {}, el("b", {}, i.label), `: ${i.available ? i.version || "" : "not run"}${i.note ? " — " + i.note : ""}`)),
      ),
    );
  }

  function tierLabel(res, t) {
    return `tier ${t}: ${res.tiers[t] || ""}`;
  }

  function renderTiers(res) {
    const impls = implementations(res);
    const tiers = [...new Set(res.benchmarks.map((b) => b.tier))].sort();
    const labels = [...tiers.map((t) => tierLabel(res, t)), "all benchmarks"];
    speedupChart(
      document.getElementById("chart-tiers"),
      "Geometric mean of the speed-up over CPython",
      labels,
      (i, impl) => {
        const g = res.summary.geomean[impl.id];
        return g ? geomeanCell(i < tiers.length ? g.tiers[tiers[i]] : g.overall) : null;
      },
      impls,
    );
    const box = document.getElementById("tier-sections");
    box.replaceChildren();
    for (const t of tiers) {
      const benches = res.benchmarks.filter((b) => b.tier === t);
      const canvas = el("canvas", { id: `chart-tier-${t}` });
      box.append(el("h2", {}, `Tier ${t}: ${res.tiers[t] || ""}`), el("div", { class: "chart" }, canvas));
      speedupChart(
        canvas,
        `Speed-up over CPython, ${tierLabel(res, t)}`,
        [...benches.map((b) => b.name), "geometric mean"],
        (i, impl) => (i < benches.length ? benchCell(res, benches[i], impl) : geomeanCell(res.summary.geomean[impl.id]?.tiers[t])),
        impls,
      );
    }
  }

  function renderHistory(res) {
    const note = document.getElementById("history-note");
    const box = document.getElementById("history-box");
    // Only results at the same sizes are comparable.
    const history = RESULTS.filter((r) => r.options.sizes === res.options.sizes);
    if (history.length < 2) {
      note.textContent = `${history.length === 1 ? "One result" : "No results"} so far: the history appears once results from several commits exist.`;
      box.hidden = true;
      return;
    }
    note.textContent = `Geometric mean over the benchmarks that succeeded, per result (${res.options.sizes} sizes).`;
    box.hidden = false;
    const ids = [];
    const labelOf = {};
    for (const r of history) for (const i of r.implementations) if (i.available && !ids.includes(i.id)) ids.push(i.id), (labelOf[i.id] = i.label);
    const labels = history.map((r) => `${r.commit.short} ${r.date.slice(0, 10)}`);
    const datasets = ids.map((id, k) => ({
      label: labelOf[id],
      borderColor: colour(id, k),
      backgroundColor: colour(id, k),
      spanGaps: true,
      data: history.map((r) => r.summary.geomean[id]?.overall.value ?? null),
    }));
    const aria =
      "Overall geometric mean speed-up over CPython per result: " +
      labels.map((l, i) => `${l} — ` + datasets.map((d) => `${d.label} ${d.data[i] === null ? "not run" : fmtSpeedup(d.data[i])}`).join(", ")).join("; ");
    makeChart(
      document.getElementById("chart-history"),
      {
        type: "line",
        data: { labels, datasets },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: { y: logAxis(datasets.flatMap((d) => d.data), "geometric mean speed-up (log scale)") },
          plugins: { title: { display: true, text: "Overall speed-up over CPython across commits" } },
        },
      },
      aria,
    );
  }

  function renderWarmup(res) {
    const note = document.getElementById("warmup-note");
    const box = document.getElementById("warmup-box");
    const impls = implementations(res).filter((i) => res.benchmarks.some((b) => b.results[i.id]?.warmupMs != null));
    if (impls.length === 0) {
      const jit = res.implementations.find((i) => i.id === "pypy-ts-jit");
      note.textContent = `No warm-up figures in this result${jit && !jit.available ? ` (pypy-ts with the JIT was not run: ${jit.note})` : ""}.`;
      box.hidden = true;
      return;
    }
    note.textContent = "";
    box.hidden = false;
    const benches = res.benchmarks.filter((b) => impls.some((i) => b.results[i.id]?.warmupMs != null));
    barChart(document.getElementById("chart-warmup"), "Warm-up (ms until the first compiled trace runs)", benches, impls, (r) => r.warmupMs, fmtMs, "ms");
  }

  function renderMemory(res) {
    barChart(document.getElementById("chart-memory"), "Peak RSS (MB, median over runs)", res.benchmarks, implementations(res), (r) => (r.maxRssKB == null ? null : r.maxRssKB / 1024), (v) => Math.round(v) + " MB", "MB");
  }

  /** A linear bar chart of one figure per benchmark and implementation. */
  function barChart(canvas, title, benches, impls, figure, format, unit) {
    const value = (b, impl) => {
      const r = b.results[impl.id];
      return r && r.status === "ok" ? figure(r) : null;
    };
    const datasets = impls.map((impl, k) => ({ label: impl.label, backgroundColor: colour(impl.id, k), data: benches.map((b) => value(b, impl)) }));
    const aria =
      `${title}: ` +
      benches.map((b) => `${b.name} — ` + impls.map((impl) => `${impl.label} ${value(b, impl) == null ? resultText(b.results[impl.id]) : format(value(b, impl))}`).join(", ")).join("; ");
    makeChart(
      canvas,
      {
        type: "bar",
        data: { labels: benches.map((b) => b.name), datasets },
        options: {
          maintainAspectRatio: false,
          animation: false,
          scales: { y: { beginAtZero: true, title: { display: true, text: unit } } },
          plugins: {
            title: { display: true, text: title },
            valueLabels: {
              text: (di, i) => {
                const r = benches[i].results[impls[di].id];
                if (r && r.status === "failed") return "failed";
                const v = datasets[di].data[i];
                return v == null ? null : String(Math.round(v));
              },
            },
          },
        },
      },
      aria,
    );
  }

  function table(head, rows) {
    return el("table", {}, el("thead", {}, el("tr", {}, ...head.map((h) => el("th", {}, h)))), el("tbody", {}, ...rows));
  }

  function renderJitTable(res) {
    const box = document.getElementById("jit-table");
    const rows = [];
    for (const b of res.benchmarks)
      for (const impl of implementations(res)) {
        const r = b.results[impl.id];
        if (!r || (!r.jit && r.warmupMs == null)) continue;
        const j = r.jit || {};
        const n = (v) => el("td", { class: "num" }, v == null ? "—" : String(v));
        rows.push(
          el("tr", {}, el("td", {}, b.name), el("td", {}, impl.label), el("td", { class: "num" }, r.warmupMs == null ? "—" : fmtMs(r.warmupMs)), n(j.traces), n(j.bridges), n(j.aborts), n(j.guardFailures), el("td", { class: "num" }, j.compileMs == null ? "—" : fmtMs(j.compileMs))),
        );
      }
    box.replaceChildren(
      rows.length
        ? table(["benchmark", "implementation", "warm-up", "traces", "bridges", "aborts", "guard failures", "compile time"], rows)
        : el("p", { class: "empty" }, "No JIT counts in this result."),
    );
  }

  function renderDataTable(res) {
    const rows = [];
    // Implementations that did not run are listed (with why) at the top, not on every row.
    for (const b of res.benchmarks)
      for (const impl of implementations(res)) {
        const r = b.results[impl.id];
        const cell = (field, text, cls) => el("td", { class: cls || "num", "data-bench": b.name, "data-impl": impl.id, "data-field": field }, text);
        const ok = r && r.status === "ok";
        rows.push(
          el(
            "tr",
            {},
            el("td", {}, b.name),
            el("td", { class: "num" }, String(b.tier)),
            el("td", {}, impl.label),
            cell("status", r ? r.status : "unavailable", r ? r.status : "unavailable"),
            cell("median", ok ? fmtSeconds(r.medianMs) : "—"),
            cell("spread", ok ? `±${r.spreadPct.toFixed(0)}%` : "—"),
            cell("cpu", ok && r.cpuMedianMs != null ? fmtSeconds(r.cpuMedianMs) : "—"),
            cell("speedup", ok && r.speedup != null ? fmtSpeedup(r.speedup) : "—"),
            cell("rss", ok && r.maxRssKB != null ? fmtMB(r.maxRssKB) : "—"),
            cell("warmup", ok && r.warmupMs != null ? fmtMs(r.warmupMs) : "—"),
            cell("error", r && r.status !== "ok" ? r.error || "" : "", r && r.status === "failed" ? "failed" : ""),
          ),
        );
      }
    document
      .getElementById("data-table")
      .replaceChildren(table(["benchmark", "tier", "implementation", "status", "median", "spread", "CPU time", "speed-up", "peak RSS", "warm-up", "error / note"], rows));
  }

  function render(res) {
    while (charts.length) charts.pop().destroy();
    renderMeta(res);
    renderTiers(res);
    renderHistory(res);
    renderWarmup(res);
    renderMemory(res);
    renderJitTable(res);
    renderDataTable(res);
  }

  const picker = document.getElementById("result-picker");
  if (RESULTS.length === 0) {
    document.querySelector("main").replaceChildren(el("p", { class: "empty" }, "No results yet: run npm run bench, then npm run dashboard."));
    return;
  }
  RESULTS.forEach((r, i) => picker.append(el("option", { value: String(i) }, `${r.date.slice(0, 16).replace("T", " ")} — ${r.commit.short} (${r.options.sizes} sizes)`)));
  picker.value = String(RESULTS.length - 1);
  picker.addEventListener("change", () => render(RESULTS[Number(picker.value)]));
  render(RESULTS[RESULTS.length - 1]);
})();
