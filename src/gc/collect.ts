/*
 * collect.ts — safepoints and the collection policy.
 *
 * The interpreter calls safepoint() at bytecode boundaries where every live
 * reference is in a root (roots.ts); compiled traces test the same
 * COLLECT_WANTED word at their loop header and leave (or spill to the root
 * area and call collect). Nothing else ever starts a collection.
 *
 * Policy: a minor collection whenever one is wanted (the nursery overflowed)
 * and a major one right after it when WANT_MAJOR is set (old-space use passed
 * the threshold, see major.ts). Torture mode (PYPYTS_GC_TORTURE=1) keeps the
 * word set so every safepoint collects, with a major collection every
 * TORTURE_MAJOR_EVERY-th time. Verify mode (PYPYTS_GC_VERIFY=1) runs the
 * verifier before and after every collection.
 */

import { majorCollect } from "./major.js";
import { COLLECT_WANTED_W, I32, WANT_MAJOR, WANT_MINOR } from "./memory.js";
import { minorCollect } from "./minor.js";
import { majorThreshold, oldUsedBytes } from "./oldspace.js";
import { notePeak, recordMajor, recordMinor } from "./stats.js";
import { verifyHeap } from "./verify.js";


export const TORTURE_MAJOR_EVERY = 4;
export let tortureMode = false;
export let verifyMode = false;
let tortureTick = 0;
let collecting = false;

export function setGcModes(torture: boolean, verify: boolean): void {
  tortureMode = torture;
  verifyMode = verify;
  tortureTick = 0;
  collecting = false;
  I32[COLLECT_WANTED_W] = torture ? WANT_MINOR : 0;
}

/** RTS: collect if a collection is wanted. Only call where every live reference is rooted. */
export function safepoint(): void {
  if (I32[COLLECT_WANTED_W] !== 0) collectAtSafepoint();
}

export function collectAtSafepoint(): void {
  let major = (I32[COLLECT_WANTED_W] & WANT_MAJOR) !== 0;
  if (tortureMode && ++tortureTick % TORTURE_MAJOR_EVERY === 0) major = true;
  collect(major);
}

/** Collect now: always a minor collection, then a major one if asked. */
export function collect(major: boolean): void {
  if (collecting) throw new Error("gc: collect() re-entered");
  collecting = true;
  try {
    notePeak();
    if (verifyMode) verifyHeap("before collection");
    const t0 = performance.now();
    minorCollect();
    const t1 = performance.now();
    recordMinor(t1 - t0);
    if (major) {
      majorCollect();
      recordMajor(performance.now() - t1);
    }
    let want = tortureMode ? WANT_MINOR : 0;
    if (oldUsedBytes > majorThreshold) want |= WANT_MAJOR;
    I32[COLLECT_WANTED_W] = want;
    if (verifyMode) verifyHeap(major ? "after major collection" : "after minor collection");
  } finally {
    collecting = false;
  }
}
