/*
 * jitlog.ts — the JIT log in PyPy's PYPYLOG format.
 *
 *   PYPYLOG=jit-log-opt,jit-summary:FILE    (":-" writes to stderr)
 *
 * Sections are `[hex-timestamp] {name` ... `[hex-timestamp] name}`. A section
 * is written when its name starts with one of the listed prefixes ("jit"
 * selects them all): jit-log-noopt-loop / -bridge (the recorded trace),
 * jit-log-opt-loop / -bridge (after the optimizer, `# Loop N (...) : loop with
 * K ops` header, `debug_merge_point` lines), jit-abort-log (reason and green
 * key), jit-backend (compile time per trace, or why it could not compile),
 * jit-summary (counters, at close()).
 */

import { appendFileSync, writeFileSync } from "node:fs";

export const SUMMARY_COUNTERS = ["Tracing", "Backend", "loops", "bridges", "aborts", "guard failures", "blackhole resumes", "compile failures"] as const;
export type SummaryCounter = (typeof SUMMARY_COUNTERS)[number];

export class JitLog {
  private prefixes: string[] = [];
  private file: string | null = null;
  readonly counts = new Map<SummaryCounter, number>();
  readonly times = new Map<SummaryCounter, number>();
  /** Sections kept in memory when `keep` (tests), whatever the prefixes. */
  readonly sections: { name: string; body: string }[] = [];
  compileTimesMs: number[] = [];

  /** `keep`: also keep every section in `sections` (tests); a long run would otherwise grow without bound. */
  constructor(
    spec: string | undefined = typeof process !== "undefined" ? process.env.PYPYLOG : undefined,
    readonly keep = false,
  ) {
    if (spec) {
      const i = spec.lastIndexOf(":");
      this.prefixes = (i < 0 ? spec : spec.slice(0, i)).split(",");
      this.file = i < 0 ? "-" : spec.slice(i + 1);
      if (this.file !== "-") writeFileSync(this.file, "");
    }
  }

  count(c: SummaryCounter, n = 1): void {
    this.counts.set(c, (this.counts.get(c) ?? 0) + n);
  }

  time(c: SummaryCounter, ms: number): void {
    this.count(c);
    this.times.set(c, (this.times.get(c) ?? 0) + ms);
  }

  wants(name: string): boolean {
    return this.prefixes.some((p) => name.startsWith(p));
  }

  /** Write a section; `body` may be a function, called only if the section is written or kept (printing a trace costs). */
  section(name: string, bodyOrFn: string | (() => string)): void {
    const file = this.file !== null && this.wants(name) ? this.file : null;
    if (file === null && !this.keep) return;
    const body = typeof bodyOrFn === "string" ? bodyOrFn : bodyOrFn();
    if (this.keep) this.sections.push({ name, body });
    if (file === null) return;
    const ts = (): string => `[${Math.floor(performance.now() * 1e6).toString(16)}]`;
    const text = `${ts()} {${name}\n${body.endsWith("\n") ? body : body + "\n"}${ts()} ${name}}\n`;
    if (file === "-") process.stderr.write(text);
    else appendFileSync(file, text);
  }

  close(): void {
    const lines: string[] = [];
    for (const c of SUMMARY_COUNTERS) {
      const t = this.times.get(c);
      lines.push(t !== undefined ? `${c}:\t${this.counts.get(c) ?? 0}\t${(t / 1000).toFixed(6)}` : `${c}:\t${this.counts.get(c) ?? 0}`);
    }
    this.section("jit-summary", lines.join("\n"));
  }
}
