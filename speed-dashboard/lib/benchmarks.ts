// The benchmark suite: speed-dashboard/benchmarks/*.py. Each file starts with a header of
// `# key: value` lines: its tier, its default size and the checksum python3 prints at that size,
// and the same for a tiny test size (used by `npm test`). `npm run bench:checksums` rewrites
// the checksums from python3, the specification.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const TIERS: Record<number, string> = {
  1: "loops on ints and floats",
  2: "objects",
  3: "larger programs",
};

export interface Benchmark {
  name: string;
  description: string;
  tier: number;
  file: string;
  size: string;
  checksum: string;
  testSize: string;
  testChecksum: string;
}

const HEADER_KEYS = ["tier", "size", "checksum", "test-size", "test-checksum"] as const;

/** Parses a header: the first line is `# <name>: <description>`, then `# key: value` lines. */
export function parseHeader(source: string, name: string, file: string): Benchmark {
  const lines = source.split("\n");
  const first = /^# ([\w-]+): (.*)$/.exec(lines[0] ?? "");
  if (!first || first[1] !== name) throw new Error(`${name}.py: the first line must be '# ${name}: <description>'`);
  const header = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const m = /^# ([\w-]+): (.*)$/.exec(line);
    if (!m) break;
    header.set(m[1]!, m[2]!.trim());
  }
  const get = (key: (typeof HEADER_KEYS)[number]): string => {
    const v = header.get(key);
    if (v === undefined || v === "") throw new Error(`${name}.py: the header has no '# ${key}:' line`);
    return v;
  };
  const tier = Number(get("tier"));
  if (!(tier in TIERS)) throw new Error(`${name}.py: the tier must be one of ${Object.keys(TIERS).join(", ")}`);
  return {
    name,
    description: first[2]!.trim(),
    tier,
    file,
    size: get("size"),
    checksum: get("checksum"),
    testSize: get("test-size"),
    testChecksum: get("test-checksum"),
  };
}

/** Every benchmark in `dir`, by tier then name. */
export function loadBenchmarks(dir: string): Benchmark[] {
  const out: Benchmark[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!entry.endsWith(".py")) continue;
    const file = join(dir, entry);
    out.push(parseHeader(readFileSync(file, "utf8"), entry.slice(0, -3), file));
  }
  return out.sort((a, b) => a.tier - b.tier || a.name.localeCompare(b.name));
}

/** Picks benchmarks by name, in the order given; an unknown name is an error (a typo must not run nothing). */
export function selectBenchmarks(all: Benchmark[], names: string[]): Benchmark[] {
  if (names.length === 0) return all;
  const byName = new Map(all.map((b) => [b.name, b]));
  return names.map((n) => {
    const b = byName.get(n);
    if (!b) throw new Error(`unknown benchmark '${n}' (known: ${[...byName.keys()].join(", ")})`);
    return b;
  });
}

/** A run's answer is right iff its stdout, without surrounding white space, is the stored checksum. */
export function checkOutput(stdout: string, expected: string): string | null {
  const got = stdout.trim();
  return got === expected ? null : `wrong checksum: got '${truncate(got.split("\n").pop() ?? "", 60)}', expected '${truncate(expected, 60)}'`;
}

export function truncate(s: string, n: number): string {
  return s.length > n ? s.slice(0, n - 1) + "…" : s;
}
