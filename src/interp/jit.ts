/*
 * jit.ts — connecting the Python eval loop to the meta-tracing JIT.
 *
 * The JIT never sees the interpreter's TypeScript: it runs the eval loop's jitcodes (the
 * codewriter's artifact for the RTS files under src/, dist/jitcodes.json). Here the artifact is
 * linked against the interpreter's real modules, a Jit is made and its canEnterJit hook
 * installed, and every frame's eval loop is entered through a portal runner: compiled code
 * leaves a portal by throwing ContinueRunningNormally (restart the loop at a pc) or
 * DoneWithThisFrame (the frame returned), and the runner of that same frame catches it.
 *
 * binaryen must be loaded before the program runs (the interpreter runs synchronously, so a
 * lazy asynchronous load would never finish): callers await preloadJitBackend() first.
 */

import * as gcIndex from "../gc/index.js";
import * as hints from "../jit/hints.js";
import { type Artifact, linkArtifact } from "../tracer/jitcode.js";
import { JitLog } from "../tracer/jitlog.js";
import { Jit } from "../tracer/warmstate.js";
import { loadBinaryen } from "../backend-wasm/module.js";
import * as entry from "./entry.js";
import * as entryExc from "./entry-exc.js";
import * as evalMod from "./eval.js";
import * as layouts from "./layouts.js";
import * as opnums from "./opnums.js";
import * as state from "./state.js";
import { portal } from "./call.js";

/** The modules the eval loop's jitcodes link against, by the path the codewriter records. */
const RTS_MODULES: Record<string, Record<string, unknown>> = {
  "src/gc/index.ts": gcIndex,
  "src/jit/hints.ts": hints,
  "src/interp/entry.ts": entry,
  "src/interp/entry-exc.ts": entryExc,
  "src/interp/eval.ts": evalMod,
  "src/interp/layouts.ts": layouts,
  "src/interp/opnums.ts": opnums,
  "src/interp/state.ts": state,
};

export interface PythonJitOptions {
  /** Loop iterations before a loop is traced. */
  threshold: number;
  log?: JitLog;
}

let active: Jit | null = null;

/** Load binaryen: before the (synchronous) program runs, since a lazy load would never finish. */
export function preloadJitBackend(): Promise<unknown> {
  return loadBinaryen();
}

/**
 * Link the artifact, make the Jit and install its hook; frames entered from now on run through
 * the JIT. Needs the heap booted (the Jit keeps an exit area in it) and preloadJitBackend() done.
 */
export function startPythonJit(artifact: Artifact, opts: PythonJitOptions): Jit {
  stopPythonJit();
  const linked = linkArtifact(artifact, (file) => {
    const m = RTS_MODULES[file];
    if (m === undefined) throw new Error(`jit: the eval loop's jitcodes need ${file}, which jit.ts does not link`);
    return m;
  });
  const jit = new Jit(linked, { threshold: opts.threshold, log: opts.log ?? new JitLog() });
  jit.install();
  active = jit;
  portal.run = hints.portalRunner(evalMod.evalLoop as (...a: number[]) => number) as typeof portal.run;
  return jit;
}

/** Uninstall the hook and write the jit-summary; frames run the plain loop again. */
export function stopPythonJit(): void {
  if (active === null) return;
  active.close();
  active = null;
  portal.run = evalMod.evalLoop;
}

export function activeJit(): Jit | null {
  return active;
}
