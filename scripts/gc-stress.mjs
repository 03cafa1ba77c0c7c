#!/usr/bin/env node
// The long GC stress run: the randomized shadow-model test of tests/gc/stress-model.ts
// over many seeds until the requested number of collections, with the verifier
// before and after every collection.
//
//   node scripts/gc-stress.mjs [--collections N] [--seed S] [--per-seed N] [--no-verify] [--coarse-growth]
//
// It bundles the harness (and src/gc) with esbuild on the fly into a temp file.
import { bundleAndImport, numberOption } from "./lib/bundle.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => numberOption(args, name, dflt);
const total = opt("--collections", 300_000);
const firstSeed = opt("--seed", 1);
const perSeed = opt("--per-seed", 2000);
const verify = !args.includes("--no-verify");
const exactGrowth = !args.includes("--coarse-growth");


const { runStress } = await bundleAndImport(new URL("../tests/gc/stress-model.ts", import.meta.url).pathname);
const t0 = performance.now();
let done = 0, minor = 0, major = 0, allocations = 0, checked = 0, ids = 0, seeds = 0;
let seed = firstSeed;
while (done < total) {
  const n = Math.min(perSeed, total - done);
  let r;
  try {
    r = runStress({ seed, collections: n, verify, exactGrowth });
  } catch (e) {
    console.error(`FAILED at seed ${seed}: ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  }
  done += r.collections; minor += r.minor; major += r.major; allocations += r.allocations;
  checked += r.checkedNodes; ids += r.idsChecked; seeds++; seed++;
  if (seeds % 10 === 0 || done >= total) {
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`${s}s  seeds ${seeds}  collections ${done} (minor ${minor}, major ${major})  allocations ${allocations}  nodes checked ${checked}  ids checked ${ids}`);
  }
}
console.log(`PASS: ${done} collections over ${seeds} seeds (${firstSeed}..${seed - 1}), verifier ${verify ? "on" : "off"}, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
