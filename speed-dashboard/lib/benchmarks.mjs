// The benchmark suite: speed-dashboard/benchmarks/*.py, each with a header of `# key: value`
// lines giving its tier, default size and the checksum python3 prints at that size (and the same
// for a tiny test size, used by `npm test`). scripts/bench-checksums.mjs rewrites the checksums.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const BENCHMARK_DIR = new URL("../benchmarks/", import.meta.url).pathname;

export const TIERS = {
  1: "loops on ints and floats",
  2: "objects",
  3: "larger programs",
};

const HEADER_KEYS = ["tier", "size", "checksum", "test-size", "test-checksum"];

/** Parses a benchmark's header: the first line is `# name: description`, then `# key: value` lines. */
export function parseHeader(source, name) {
  const lines = source.split("\n");
  const first = /^# ([\w-]+): (.*)$/.exec(lines[0] ?? "");
  if (!first || first[1] !== name) throw new Error(`${name}.py: the first line must be '# ${name}: <description>'`);
  const header = { name, description: first[2].trim() };
  for (const line of lines.slice(1)) {
    const m = /^# ([\w-]+): (.*)$/.exec(line);
    if (!m) break;
    header[m[1]] = m[2].trim();
  }
  for (const key of HEADER_KEYS) if (header[key] === undefined) throw new Error(`${name}.py: header has no '# ${key}:' line`);
  const tier = Number(header.tier);
  if (!(tier in TIERS)) throw new Error(`${name}.py: tier must be one of ${Object.keys(TIERS).join(", ")}`);
  return {
    name,
    description: header.description,
    tier,
    size: header.size,
    checksum: header.checksum,
    testSize: header["test-size"],
    testChecksum: header["test-checksum"],
  };
}

/** All benchmarks, by tier then name; `dir` defaults to the suite's. */
export function loadBenchmarks(dir = BENCHMARK_DIR) {
  const out = [];
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".py")) continue;
    const name = file.slice(0, -3);
    const path = join(dir, file);
    out.push({ ...parseHeader(readFileSync(path, "utf8"), name), file: path });
  }
  return out.sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
}

/** Picks benchmarks by name; an unknown name is an error (a typo must not silently run nothing). */
export function selectBenchmarks(all, names) {
  if (names.length === 0) return all;
  const byName = new Map(all.map((b) => [b.name, b]));
  return names.map((n) => {
    const b = byName.get(n);
    if (!b) throw new Error(`unknown benchmark '${n}' (known: ${[...byName.keys()].join(", ")})`);
    return b;
  });
}

/** A run's output is correct iff its stdout, trimmed, is exactly the stored checksum. */
export function checkOutput(stdout, expected) {
  const got = stdout.trim();
  return got === expected ? { ok: true } : { ok: false, error: `wrong checksum: got '${truncate(got, 80)}', expected '${expected}'` };
}

export function truncate(s, n) {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}
