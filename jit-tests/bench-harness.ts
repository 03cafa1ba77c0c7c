/*
 * bench-harness.ts — what scripts/jit-bench.mjs runs (bundled by esbuild):
 * interpreter (a)'s hot loop with the JIT off, with the JIT on and as plain
 * JS, and the backend's compile latency for 100-operation traces. A script,
 * never a test: no timing assertions anywhere.
 */

import * as gc from "../src/gc/index.js";
import * as hints from "../src/jit/hints.js";
import { WasmBackend } from "../src/backend-wasm/compile.js";
import { loadBinaryen } from "../src/backend-wasm/module.js";
import { parseTrace } from "../src/tracer/ir/text.js";
import { type Artifact, linkArtifact } from "../src/tracer/jitcode.js";
import { JitLog } from "../src/tracer/jitlog.js";
import { finishGuards } from "../src/tracer/resume.js";
import { Jit } from "../src/tracer/warmstate.js";
import * as A from "./interp-a.js";

const PROGRAM = [A.OP_ADD, 1, 1, 0, A.OP_SUBI, 0, 1, A.OP_JPOS, 0, 0, A.OP_RET, 1];

function setup(n: number): [number, number] {
  const code = gc.allocVar(gc.BYTES, 20000);
  PROGRAM.forEach((b, i) => gc.storeU8(code, gc.ARRAY_ITEMS + i, b));
  gc.setRoot(gc.allocRootSlot(), code);
  const frame = gc.allocVar(gc.I32_ARRAY, 4);
  gc.storeI32(frame, gc.ARRAY_ITEMS, n);
  return [code, frame];
}

function plainJs(n: number): number {
  let acc = 0;
  while (n > 0) {
    acc = (acc + n) | 0;
    n = n - 1;
  }
  return acc;
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] };
}

/** A synthetic 100-op trace: int arithmetic, loads, stores and a guard every 8 ops. */
function syntheticTrace(seed: number): string {
  const lines = ["[r0, i1]"];
  let v = 2;
  let last = "i1";
  for (let k = 0; k < 100; k++) {
    const r = (seed * 31 + k * 17) % 5;
    if (k % 8 === 7) lines.push(`i${v} = int_lt(${last}, ${1000 + seed})`, `guard_true(i${v++})`);
    else if (r === 0) lines.push(`i${v} = gc_load_i32(r0, ${8 + 4 * (k % 4)})`), (last = `i${v++}`);
    else if (r === 1) lines.push(`gc_store_i32(r0, ${8 + 4 * (k % 4)}, ${last})`);
    else lines.push(`i${v} = ${["int_add", "int_sub", "int_mul"][r - 2]}(${last}, ${k + seed})`), (last = `i${v++}`);
  }
  lines.push(`jump(r0, ${last})`);
  return lines.join("\n");
}

export async function benchMain(artifact: Artifact, nJit: number, nOff: number): Promise<void> {
  gc.initHeap();
  const linked = linkArtifact(artifact, (f) => ({ "src/gc/index.ts": gc, "src/jit/hints.ts": hints, "jit-tests/interp-a.ts": A })[f] as Record<string, unknown>);
  const run = hints.portalRunner(A.interpretA);

  const [offRes, offMs] = time(() => run(0, ...setup(nOff)));
  const log = new JitLog("");
  const jit = new Jit(linked, { log });
  const [, loadMs] = time(() => 0);
  const t0 = performance.now();
  await jit.preloadBackend();
  const binaryenMs = performance.now() - t0;
  jit.install();
  const [onRes, onMs] = time(() => run(0, ...setup(nJit)));
  jit.uninstall();
  // the same run again with a fresh Jit: what a process that has already compiled a trace pays
  const jit2 = new Jit(linked, { log: new JitLog("") });
  await jit2.preloadBackend();
  jit2.install();
  const [onRes2, onMs2] = time(() => run(0, ...setup(nJit)));
  jit2.uninstall();
  if (onRes2 !== onRes) throw new Error("second JIT run differs");
  const [jsRes, jsMs] = time(() => plainJs(nJit));
  if (onRes !== jsRes) throw new Error(`JIT result ${onRes} != JS result ${jsRes}`);
  const [offCheck] = [plainJs(nOff)];
  if (offRes !== offCheck) throw new Error(`interpreter result ${offRes} != ${offCheck}`);
  void loadMs;

  const offNs = (offMs * 1e6) / nOff;
  const onNs = (onMs * 1e6) / nJit;
  const jsNs = (jsMs * 1e6) / nJit;
  console.log(`interpreter (a) loop, ${nJit.toExponential(0)} iterations with the JIT (JIT off measured on ${nOff.toExponential(0)})`);
  console.log(`  JIT off     ${offNs.toFixed(2)} ns/iter`);
  console.log(`  JIT on      ${onNs.toFixed(3)} ns/iter  (${(offNs / onNs).toFixed(1)}x faster than JIT off; includes warm-up, tracing and compile)`);
  const on2Ns = (onMs2 * 1e6) / nJit;
  console.log(`  JIT on, 2nd ${on2Ns.toFixed(3)} ns/iter  (${(offNs / on2Ns).toFixed(1)}x; the same run again in this process: tracer, backend and V8 warm)`);
  console.log(`  plain JS    ${jsNs.toFixed(3)} ns/iter  (JIT on / plain JS = ${(onNs / jsNs).toFixed(2)})`);
  console.log(`  first run: tracing ${(log.times.get("Tracing") ?? 0).toFixed(1)} ms, backend ${(log.times.get("Backend") ?? 0).toFixed(1)} ms`);
  console.log(`  binaryen load ${binaryenMs.toFixed(0)} ms (lazy, once per process; not in the JIT-on time)`);
  console.log(`  loop trace compile: ${log.compileTimesMs.map((m) => m.toFixed(2) + " ms").join(", ")}; ${jit.loops[0].trace.ops.length} ops`);

  const be = new WasmBackend(await loadBinaryen(), { memory: gc.memory, allocFixed: gc.allocFixed, allocVar: gc.allocVar, writeBarrierSlow: gc.writeBarrierSlow });
  const times: number[] = [];
  for (let s = 0; s < 300; s++) {
    const t = parseTrace(syntheticTrace(s));
    for (const o of t.ops) if (o.isGuard) o.resume = [];
    finishGuards(t);
    for (const o of t.ops) if (o.isGuard) o.guardId = be.allocSlot();
    const tick = be.allocSlot();
    const c0 = performance.now();
    const fn = be.compile({ trace: t, tickExit: tick, jumpSlot: -1, isLoop: true });
    be.attach(be.allocSlot(), fn);
    times.push(performance.now() - c0);
  }
  const warm = stats(times.slice(50));
  const all = stats(times);
  console.log(`compile latency, 100-op traces (build + emitBinary + Module + Instance), 300 traces:`);
  console.log(`  median ${all.median.toFixed(2)} ms, p95 ${all.p95.toFixed(2)} ms; after the first 50 (binaryen warm): median ${warm.median.toFixed(2)} ms, p95 ${warm.p95.toFixed(2)} ms`);
}
