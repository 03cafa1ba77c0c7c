#!/usr/bin/env node
// GC allocation benchmark: our nursery against plain JS objects in V8, same run.
// Never part of npm test.
//
//   node scripts/gc-bench.mjs [--n 20000000] [--runs 5]
//
// 1. Throughput: short-lived small objects per second. Each iteration allocates
//    one object, initializes its fields, links it to the previous one (chains of
//    64, then dropped) and passes a safepoint. Two shapes:
//      pair   {x: int, next: ref}            ours 16 B;  V8 {x: smi, next}
//      box16  {x: f64, next: ref, tag: int}  ours 24 B (16 B payload); V8 {x: double, next, tag}
//    Best of --runs. V8's scavenges during its loop and our minor collections
//    during ours are both counted in the time.
// 2. Minor pause: a 4 MiB nursery filled with 24-byte objects, 5% of them (every
//    20th) kept alive through a linked list held by a root; median/max pause over
//    many collections. The same pattern in JS with V8's own young-generation
//    pauses read from a PerformanceObserver('gc') for comparison.
import { bundleAndImport, numberOption } from "./lib/bundle.mjs";
import { PerformanceObserver, constants as perfConstants } from "node:perf_hooks";

const args = process.argv.slice(2);
const opt = (name, dflt) => numberOption(args, name, dflt);
const N = opt("--n", 20_000_000);
const RUNS = opt("--runs", 5);


const gc = await bundleAndImport(new URL("../src/gc/index.ts", import.meta.url).pathname);
const { allocFixed, storeI32, storeF64, initRef, safepoint, getRoot, setRoot, loadI32 } = gc;

const PAIR = gc.defineLayout("BenchPair", [["x", "i32"], ["next", "ref"]]);
const PAIR_X = gc.fieldOffset(PAIR, "x");
const PAIR_NEXT = gc.fieldOffset(PAIR, "next");
const BOX = gc.defineLayout("BenchBox16", [["x", "f64"], ["next", "ref"], ["tag", "i32"]]);
const BOX_X = gc.fieldOffset(BOX, "x");
const BOX_NEXT = gc.fieldOffset(BOX, "next");
const BOX_TAG = gc.fieldOffset(BOX, "tag");

// ---- V8 young-generation pauses ----
const v8Minor = [];
let v8Recording = false;
const obs = new PerformanceObserver((list) => {
  if (!v8Recording) return;
  for (const e of list.getEntries()) {
    const kind = e.detail ? e.detail.kind : e.kind;
    if (kind === perfConstants.NODE_PERFORMANCE_GC_MINOR) v8Minor.push(e.duration);
  }
});
obs.observe({ entryTypes: ["gc"] });
const flushObserver = () => new Promise((r) => setTimeout(r, 50));


// ---- the same loops as compiled code: a hand-assembled Wasm function importing the heap ----
// This is what a compiled trace does: bump NURSERY_TOP against NURSERY_LIMIT with two
// loads, call the TS slow path when it fails, test COLLECT_WANTED at the loop header
// and spill the live reference to the root area before calling the collector.
function wasmLoop(kind) {
  const uleb = (n) => { const o = []; do { let b = n & 0x7f; n >>>= 7; if (n) b |= 0x80; o.push(b); } while (n); return o; };
  const sleb = (n) => { const o = []; for (;;) { const b = n & 0x7f; n >>= 7; if ((n === 0 && !(b & 0x40)) || (n === -1 && b & 0x40)) { o.push(b); return o; } o.push(b | 0x80); } };
  const str = (t) => [...uleb(t.length), ...Buffer.from(t)];
  const sec = (id, b) => [id, ...uleb(b.length), ...b];
  const I32 = 0x7f, F64 = 0x7c;
  const c32 = (n) => [0x41, ...sleb(n)];
  const load = (off) => [0x28, 2, ...uleb(off)];
  const store = (off) => [0x36, 2, ...uleb(off)];
  const get = (i) => [0x20, i], set = (i) => [0x21, i], tee = (i) => [0x22, i];
  const [layout, size, xOff, nextOff, tagOff] = kind === "pair" ? [PAIR, 16, PAIR_X, PAIR_NEXT, -1] : [BOX, 24, BOX_X, BOX_NEXT, BOX_TAG];
  // locals: 0 n (param), 1 i, 2 prev, 3 o, 4 top
  const body = [
    0x02, 0x40, 0x03, 0x40,
    ...c32(0), ...load(gc.NURSERY_TOP), ...set(4),
    ...get(4), ...c32(size), 0x6a, ...c32(0), ...load(gc.NURSERY_LIMIT), 0x4b,
    0x04, I32, ...c32(layout), 0x10, 0,
    0x05, ...c32(0), ...get(4), ...c32(size), 0x6a, ...store(gc.NURSERY_TOP), ...get(4), ...c32(layout), ...store(0), ...get(4),
    0x0b, ...set(3),
    ...(kind === "pair"
      ? [...get(3), ...get(1), ...store(xOff)]
      : [...get(3), ...get(1), 0xb7, 0x44, ...new Uint8Array(new Float64Array([0.5]).buffer), 0xa0, 0x39, 3, ...uleb(xOff), ...get(3), ...get(1), ...store(tagOff)]),
    ...get(3), ...get(2), ...store(nextOff),
    ...get(3), ...c32(0), ...get(1), ...c32(63), 0x71, 0x1b, ...set(2),
    ...c32(0), ...load(gc.COLLECT_WANTED), 0x04, 0x40,
    ...c32(0), ...get(2), ...store(gc.ROOT_AREA_BASE), ...c32(0), ...c32(1), ...store(gc.ROOT_AREA_COUNT),
    0x10, 1,
    ...c32(0), ...load(gc.ROOT_AREA_BASE), ...set(2), ...c32(0), ...c32(0), ...store(gc.ROOT_AREA_COUNT),
    0x0b,
    ...get(1), ...c32(1), 0x6a, ...tee(1), ...get(0), 0x48, 0x0d, 0,
    0x0b, 0x0b, ...get(2), 0x0b,
  ];
  const func = [1, 4, I32, ...body];
  const bytes = [
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
    ...sec(1, [3, 0x60, 1, I32, 1, I32, 0x60, 0, 0, 0x60, 1, I32, 1, I32]),
    ...sec(2, [3, ...str("env"), ...str("mem"), 2, 1, 1, ...uleb(32768),
      ...str("env"), ...str("slow"), 0, 0, ...str("env"), ...str("collect"), 0, 1]),
    ...sec(3, [1, 2]),
    ...sec(7, [1, ...str("run"), 0, 2]),
    ...sec(10, [1, ...uleb(func.length), ...func]),
  ];
  void F64;
  const mod = new WebAssembly.Module(new Uint8Array(bytes));
  const inst = new WebAssembly.Instance(mod, {
    env: { mem: gc.memory, slow: (l) => allocFixed(l), collect: () => gc.collectAtSafepoint() },
  });
  return inst.exports.run;
}

// ---- throughput loops ----
function oursPair(n, slot) {
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const o = allocFixed(PAIR);
    storeI32(o, PAIR_X, i);
    initRef(o, PAIR_NEXT, prev);
    prev = (i & 63) === 0 ? 0 : o;
    setRoot(slot, prev);
    safepoint();
    prev = getRoot(slot);
  }
  return prev;
}
function oursBox(n, slot) {
  let prev = 0;
  for (let i = 0; i < n; i++) {
    const o = allocFixed(BOX);
    storeF64(o, BOX_X, i + 0.5);
    initRef(o, BOX_NEXT, prev);
    storeI32(o, BOX_TAG, i);
    prev = (i & 63) === 0 ? 0 : o;
    setRoot(slot, prev);
    safepoint();
    prev = getRoot(slot);
  }
  return prev;
}
function jsPair(n) {
  let prev = null;
  for (let i = 0; i < n; i++) {
    const o = { x: i, next: prev };
    prev = (i & 63) === 0 ? null : o;
  }
  return prev;
}
function jsBox(n) {
  let prev = null;
  for (let i = 0; i < n; i++) {
    const o = { x: i + 0.5, next: prev, tag: i };
    prev = (i & 63) === 0 ? null : o;
  }
  return prev;
}

function best(fn) {
  let b = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    fn();
    const t = performance.now() - t0;
    if (t < b) b = t;
  }
  return b;
}

const median = (a) => {
  if (a.length === 0) return NaN;
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length & 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmt = (x, d = 3) => x.toFixed(d);
const pct = (a, q) => {
  const s = [...a].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

console.log(`node ${process.version}, ${N.toLocaleString()} objects per run, best of ${RUNS}`);
console.log("");
console.log("throughput (short-lived small objects)");
const rows = [];
for (const [name, ours, js, bytes] of [
  ["pair", oursPair, jsPair, 16],
  ["box16", oursBox, jsBox, 24],
]) {
  gc.initHeap({ nurseryBytes: 4 << 20, maxBytes: 1 << 30, torture: false, verify: false });
  const slot = gc.allocRootSlot();
  ours(200_000, slot); // warm up
  js(200_000);
  const tOurs = best(() => ours(N, slot));
  const st = gc.gcStats();
  const tJs = best(() => js(N));
  const mOurs = N / tOurs / 1000;
  const mJs = N / tJs / 1000;
  gc.initHeap({ nurseryBytes: 4 << 20, maxBytes: 1 << 30, torture: false, verify: false });
  const run = wasmLoop(name);
  for (let w = 0; w < 20; w++) run(100_000); // Wasm has no OSR: let the function tier up to TurboFan
  await new Promise((r) => setTimeout(r, 100));
  run(100_000);
  const tWasm = best(() => run(N));
  const sw = gc.gcStats();
  const mWasm = N / tWasm / 1000;
  rows.push([name, mOurs, mWasm, mJs]);
  console.log(`  ${name} (ours ${bytes} B per object)`);
  console.log(`    V8 plain JS objects           ${fmt(mJs, 1).padStart(7)} M obj/s`);
  console.log(
    `    ours, TS interpreter path     ${fmt(mOurs, 1).padStart(7)} M obj/s   ours/V8 = ${fmt(mOurs / mJs, 2)}` +
      `   (${st.minorCollections} minor collections, median pause ${fmt(st.minorPauseMedianMs)} ms)`,
  );
  console.log(
    `    ours, compiled (Wasm) path    ${fmt(mWasm, 1).padStart(7)} M obj/s   ours/V8 = ${fmt(mWasm / mJs, 2)}` +
      `   (${sw.minorCollections} minor collections, median pause ${fmt(sw.minorPauseMedianMs)} ms)`,
  );
}

// ---- minor pause: 4 MiB nursery, 5% survivors ----
console.log("");
console.log("minor pause, 4 MiB nursery full of 24-byte objects, every 20th kept alive (5%)");
{
  gc.initHeap({ nurseryBytes: 4 << 20, maxBytes: 1 << 30, torture: false, verify: false });
  const slot = gc.allocRootSlot();
  const perNursery = Math.floor((4 << 20) / 24);
  const cycles = 300;
  let survivorsPerCycle = 0;
  const pauses = [];
  for (let c = 0; c < cycles; c++) {
    let chain = 0;
    let kept = 0;
    for (let i = 0; i < perNursery; i++) {
      const o = allocFixed(BOX);
      storeF64(o, BOX_X, i);
      if (i % 20 === 0) {
        initRef(o, BOX_NEXT, chain);
        chain = o;
        kept++;
      }
    }
    survivorsPerCycle = kept;
    setRoot(slot, chain); // the previous cycle's chain (now old) becomes garbage
    if (loadI32(0, gc.NURSERY_TOP) - gc.NURSERY_START < (4 << 20) - 64) throw new Error("nursery should be full");
    const major = c % 50 === 49; // a major now and then keeps the old space small
    const t0 = performance.now();
    gc.collect(major);
    if (!major) pauses.push(performance.now() - t0);
  }
  const s = gc.gcStats();
  const st = s;
  console.log(
    `  ours: ${s.minorCollections} minor collections, ${survivorsPerCycle} survivors (${((survivorsPerCycle * 24) / 1024).toFixed(0)} KiB) each: ` +
      `median ${fmt(st.minorPauseMedianMs)} ms, max ${fmt(st.minorPauseMaxMs)} ms` +
      `   (major: ${s.majorCollections}, median ${fmt(s.majorPauseMedianMs)} ms)`,
  );
  console.log(`        minor-only cycles timed from outside: median ${fmt(median(pauses))} ms, p90 ${fmt(pct(pauses, 0.9))} ms, p99 ${fmt(pct(pauses, 0.99))} ms`);
  // the same in JS
  const keep = { chain: null };
  const jsCycle = () => {
    let chain = null;
    for (let i = 0; i < perNursery; i++) {
      const o = { x: i + 0.5, next: null, tag: i };
      if (i % 20 === 0) {
        o.next = chain;
        chain = o;
      }
    }
    keep.chain = chain;
  };
  for (let c = 0; c < 20; c++) jsCycle();
  await flushObserver();
  v8Minor.length = 0;
  v8Recording = true;
  for (let c = 0; c < cycles; c++) jsCycle();
  await flushObserver();
  v8Recording = false;
  console.log(
    `  V8:   ${v8Minor.length} young-generation collections over the same allocation: median ${fmt(median(v8Minor))} ms, p90 ${fmt(pct(v8Minor, 0.9))} ms, p99 ${fmt(pct(v8Minor, 0.99))} ms`,
  );
}

// ---- space ----
console.log("");
console.log("space");
{
  gc.initHeap({ nurseryBytes: 4 << 20, maxBytes: 1 << 30 });
  const a = allocFixed(BOX);
  const b = allocFixed(BOX);
  const arr = gc.allocVar(gc.I32_ARRAY, 1_000_000);
  console.log(`  object with 16 bytes of payload: ${b - a} bytes (chunkSize ${gc.chunkSize(a)})`);
  console.log(`  1,000,000-entry i32 array: ${gc.chunkSize(arr)} bytes (4,000,000 + ${gc.chunkSize(arr) - 4_000_000} header)`);
}
obs.disconnect();
