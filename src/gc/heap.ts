/*
 * heap.ts — creating a heap. initHeap() builds a fresh Memory and resets every
 * part of the GC; call it once at start-up (tests call it per case).
 *
 * Defaults: 4 MiB nursery, 1 GiB maximum, objects over 32 KiB (or a quarter of
 * the nursery) allocated old, first major collection at 8 MiB of old space.
 * PYPYTS_GC_TORTURE=1 and PYPYTS_GC_VERIFY=1 in the environment switch the
 * modes on unless the options say otherwise.
 */

import { allocReset, setLargeObjectBytes } from "./alloc.js";
import { clearRemembered } from "./barrier.js";
import { setGcModes } from "./collect.js";
import { shadows } from "./identity.js";
import { majorReset } from "./major.js";
import { MAX_HEAP_BYTES, NURSERY_START, PAGE_BYTES, createMemory } from "./memory.js";
import { minorReset } from "./minor.js";
import { nurseryInit } from "./nursery.js";
import { oldInit } from "./oldspace.js";
import { rootsReset } from "./roots.js";
import { statsReset } from "./stats.js";

export interface HeapOptions {
  nurseryBytes?: number;
  maxBytes?: number;
  largeObjectBytes?: number;
  /** Old-space use below which no major collection is wanted. */
  minMajorBytes?: number;
  torture?: boolean;
  verify?: boolean;
  /** Debug: start small and grow the memory by exactly what is needed (exercises view refreshes). */
  exactGrowth?: boolean;
}

function envFlag(name: string): boolean {
  const v = typeof process !== "undefined" ? process.env[name] : undefined;
  return v !== undefined && v !== "" && v !== "0";
}

export function initHeap(o: HeapOptions = {}): void {
  const nursery = Math.max(4096, ((o.nurseryBytes ?? 4 << 20) + 7) & ~7);
  const max = Math.min(o.maxBytes ?? 1 << 30, MAX_HEAP_BYTES);
  // static region + nursery + a nursery's worth of reserve for the first minor collection
  if (NURSERY_START + 2 * nursery > max) throw new Error(`gc: maxBytes ${max} too small for a ${nursery}-byte nursery`);
  const oldStart = NURSERY_START + nursery;
  if (o.exactGrowth) createMemory(Math.min(max, oldStart + PAGE_BYTES), max, true);
  else {
    // all of it at once (pages are mapped on first write); a host that will not reserve that
    // much (a strict overcommit limit) gets a smaller maximum rather than a failed start
    for (let want = max; ; want = Math.max(NURSERY_START + 2 * nursery, Math.floor(want / 2 / PAGE_BYTES) * PAGE_BYTES)) {
      try {
        createMemory(want, want);
        break;
      } catch (e) {
        if (want <= NURSERY_START + 2 * nursery) throw e;
      }
    }
  }
  nurseryInit(nursery);
  const minMajor = o.minMajorBytes ?? 8 << 20;
  oldInit(oldStart, minMajor);
  setLargeObjectBytes(Math.min(o.largeObjectBytes ?? 32 * 1024, nursery >> 2));
  allocReset();
  clearRemembered();
  shadows.clear();
  rootsReset();
  minorReset();
  majorReset(minMajor);
  statsReset();
  setGcModes(o.torture ?? envFlag("PYPYTS_GC_TORTURE"), o.verify ?? envFlag("PYPYTS_GC_VERIFY"));
}
