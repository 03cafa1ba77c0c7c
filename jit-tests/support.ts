/*
 * support.ts — harness for the jit-tests: codewrite the test interpreters
 * once, link them against their real modules, and run a program with the
 * JIT off, at a threshold, and in GC torture mode.
 */

import * as gc from "../src/gc/index.js";
import * as hints from "../src/jit/hints.js";
import { codewrite } from "../src/tracer/codewriter/index.js";
import { type Artifact, type Linked, linkArtifact } from "../src/tracer/jitcode.js";
import { JitLog } from "../src/tracer/jitlog.js";
import { Jit, type JitOptions } from "../src/tracer/warmstate.js";
import * as A from "./interp-a.js";
import * as B from "./interp-b.js";
import * as C from "./interp-c.js";
import * as D from "./interp-d.js";
import * as BIG from "./bigint-helpers.js";
import * as E from "./interp-e.js";
import * as RAISING from "./raising-helpers.js";

export const ROOT = new URL("..", import.meta.url).pathname;
export const INTERP_FILES = ["jit-tests/interp-a.ts", "jit-tests/interp-b.ts", "jit-tests/interp-c.ts", "jit-tests/interp-d.ts", "jit-tests/interp-e.ts"];

let artifact: Artifact | null = null;
const modules: Record<string, Record<string, unknown>> = {
  "src/gc/index.ts": gc,
  "src/jit/hints.ts": hints,
  "jit-tests/interp-a.ts": A,
  "jit-tests/interp-b.ts": B,
  "jit-tests/interp-c.ts": C,
  "jit-tests/interp-d.ts": D,
  "jit-tests/bigint-helpers.ts": BIG,
  "jit-tests/interp-e.ts": E,
  "jit-tests/raising-helpers.ts": RAISING,
};

export function registerModule(file: string, ns: Record<string, unknown>): void {
  modules[file] = ns;
}

export function getArtifact(files: string[] = INTERP_FILES): Artifact {
  artifact ??= codewrite(ROOT, files);
  return artifact;
}

export function linked(files?: string[]): Linked {
  return linkArtifact(getArtifact(files), (f) => {
    const m = modules[f];
    if (!m) throw new Error(`test support: no module ${f}`);
    return m;
  });
}

/**
 * Bytes object holding `bytes`. Green references are baked into traces as
 * constants, so bytecode must never move or die: it is made large enough to
 * be allocated in the (non-moving) old space and kept in a root slot.
 */
export function makeCode(bytes: number[]): number {
  const c = gc.allocVar(gc.BYTES, Math.max(bytes.length, 20000));
  bytes.forEach((b, i) => gc.storeU8(c, gc.ARRAY_ITEMS + i, b));
  gc.setRoot(gc.allocRootSlot(), c);
  return c;
}

/** Counts of ops by name. */
export function opCounts(t: { ops: { op: { name: string } }[] }): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of t.ops) out[o.op.name] = (out[o.op.name] ?? 0) + 1;
  return out;
}

export interface RunResult<T> {
  result: T;
  jit: Jit | null;
  log: JitLog;
}

/** Run `body` on a fresh heap with the JIT off (threshold null) or on. */
export async function withJit<T>(threshold: number | null, opts: Partial<JitOptions> & { torture?: boolean }, body: (jit: Jit | null) => T): Promise<RunResult<T>> {
  gc.initHeap({ torture: opts.torture ?? false, nurseryBytes: 1 << 16 });
  RAISING.resetPending();
  const log = new JitLog("", true);
  let jit: Jit | null = null;
  if (threshold !== null) {
    jit = new Jit(linked(), { ...opts, threshold, log });
    await jit.preloadBackend();
    jit.install();
  }
  try {
    return { result: body(jit), jit, log };
  } finally {
    jit?.uninstall();
  }
}
