// The runner's coupling to the JITs: how pypy-ts is asked for a JIT mode, and how JIT counts and
// warm-up are read from a PYPYLOG file. Everything that depends on the CLI's flags or the log's
// format is here, so it can be adjusted in one place.

export type JitMode = "on" | "off";

/** The pypy-ts command-line flag for a JIT mode. */
export function pypyTsJitFlag(mode: JitMode): string {
  return mode === "on" ? "--jit" : "--no-jit";
}

/** The environment that makes a JIT write its summary (and per-trace backend sections, for warm-up) to `file`. */
export function jitLogEnv(file: string): Record<string, string> {
  return { PYPYLOG: `jit-summary,jit-backend:${file}` };
}

export interface JitCounts {
  traces: number | null;
  bridges: number | null;
  aborts: number | null;
  guardFailures: number | null;
  /** Tracing plus backend time, in total. */
  compileMs: number | null;
}

export interface JitLogReading {
  counts: JitCounts;
  /** Time from the interpreter's start until the first trace was compiled (about to run); null when the log has no such timestamp. */
  warmupMs: number | null;
}

const SECTION = /^\[([0-9a-f]+)\] \{([\w-]+)\n([\s\S]*?)^\[[0-9a-f]+\] \2\}$/gm;

/**
 * Reads a PYPYLOG file as written by pypy-ts (src/tracer/jitlog.ts: `name:\tcount[\tseconds]`
 * lines, timestamps in nanoseconds since the interpreter thread started) or by PyPy (`Total # of
 * loops:` lines; its timestamps are CPU ticks, so no warm-up). Null when there is no jit-summary.
 */
export function readJitLog(text: string): JitLogReading | null {
  const sections = [...text.matchAll(SECTION)].map((m) => ({ stamp: m[1]!, name: m[2]!, body: m[3]! }));
  const summary = sections.find((s) => s.name === "jit-summary");
  if (!summary) return null;
  const counts = new Map<string, number>();
  const seconds = new Map<string, number>();
  for (const line of summary.body.split("\n")) {
    const m = /^([^:]+(?::[^:\t]+)?):\s*(\S*)\s*(\S*)\s*$/.exec(line);
    if (!m) continue;
    const key = m[1]!.trim();
    if (m[2] !== "" && !Number.isNaN(Number(m[2]))) counts.set(key, Number(m[2]));
    if (m[3] !== "" && !Number.isNaN(Number(m[3]))) seconds.set(key, Number(m[3]));
  }
  const isPyPy = counts.has("Total # of loops");
  const pick = (...keys: string[]): number | null => {
    for (const k of keys) if (counts.has(k)) return counts.get(k)!;
    return null;
  };
  const pypyAborts = [...counts].filter(([k]) => k.startsWith("abort:")).reduce((s, [, v]) => s + v, 0);
  // pypy-ts writes no time for a counter that never ran (`Tracing:\t0`): that is 0 s, not unknown.
  const hasCompileLines = ["Tracing", "Backend"].some((k) => seconds.has(k) || counts.has(k));
  const compileSeconds = hasCompileLines ? (seconds.get("Tracing") ?? 0) + (seconds.get("Backend") ?? 0) : null;
  const firstCompiled = isPyPy ? undefined : sections.find((s) => s.name === "jit-backend" && / compiled in /.test(s.body));
  return {
    counts: {
      traces: pick("Total # of loops", "loops"),
      bridges: pick("Total # of bridges", "bridges"),
      aborts: isPyPy ? pypyAborts : pick("aborts"),
      guardFailures: pick("guard failures"),
      compileMs: compileSeconds === null ? null : compileSeconds * 1000,
    },
    warmupMs: firstCompiled ? parseInt(firstCompiled.stamp, 16) / 1e6 : null,
  };
}

export interface ModeCommand {
  /** Arguments after `node dist/pypy-ts.mjs`, or null when the mode is unavailable. */
  args: string[] | null;
  note: string | null;
}

/**
 * Which pypy-ts JIT modes the CLI offers, given a probe that runs it with some arguments. A CLI
 * that rejects both flags predates the JIT's wiring: it only interprets, so JIT off is the plain
 * command and JIT on is unavailable.
 */
export function pypyTsJitModes(probe: (args: string[]) => { ok: boolean; firstLine: string }): { on: ModeCommand; off: ModeCommand } {
  const onFlag = pypyTsJitFlag("on");
  const offFlag = pypyTsJitFlag("off");
  const on = probe([onFlag, "-c", "pass"]);
  const off = probe([offFlag, "-c", "pass"]);
  return {
    on: on.ok ? { args: [onFlag], note: null } : { args: null, note: `the CLI does not accept ${onFlag}: ${on.firstLine}` },
    off: off.ok
      ? { args: [offFlag], note: null }
      : !on.ok
        ? { args: [], note: `the CLI has no JIT flags yet (${offFlag}: ${off.firstLine}), so it runs without one: interpreter only` }
        : { args: null, note: `the CLI accepts ${onFlag} but not ${offFlag}: ${off.firstLine}` },
  };
}
