/*
 * stats.ts — counters for --gc-stats: collections of each kind, bytes
 * allocated, peak heap, pause times (median and max per kind).
 *
 * Pause times are kept whole (a Float64Array per kind, 8 bytes per
 * collection) so the median is exact; a million collections cost 8 MB.
 */

import { directOldBytes } from "./alloc.js";
import { maxBytes } from "./memory.js";
import { lastLiveBytes } from "./major.js";
import { survivorBytesTotal } from "./minor.js";
import { nurseryAllocatedTotal, nurseryBytes } from "./nursery.js";
import { freeListBytes, oldStart, oldTop, oldUsedBytes } from "./oldspace.js";

class PauseLog {
  times = new Float64Array(1024);
  count = 0;
  total = 0;
  max = 0;
  add(ms: number): void {
    if (this.count === this.times.length) {
      const b = new Float64Array(this.count * 2);
      b.set(this.times);
      this.times = b;
    }
    this.times[this.count++] = ms;
    this.total += ms;
    if (ms > this.max) this.max = ms;
  }
  median(): number {
    if (this.count === 0) return 0;
    const s = this.times.slice(0, this.count).sort();
    const m = this.count >> 1;
    return this.count & 1 ? s[m] : (s[m - 1] + s[m]) / 2;
  }
}

let minor = new PauseLog();
let major = new PauseLog();
let peakOldBytes = 0;
/** The highest address written so far (the end of the old space): the memory actually mapped. */
let peakTouched = 0;

export function statsReset(): void {
  minor = new PauseLog();
  major = new PauseLog();
  peakOldBytes = 0;
  peakTouched = 0;
}

export function recordMinor(ms: number): void {
  minor.add(ms);
  notePeak();
}

export function recordMajor(ms: number): void {
  major.add(ms);
  notePeak();
}

/** Call before a collection too: the peak is reached just before collecting. */
export function notePeak(): void {
  const old = oldTop - oldStart;
  if (old > peakOldBytes) peakOldBytes = old;
  if (oldTop > peakTouched) peakTouched = oldTop;
}

export interface GcStats {
  minorCollections: number;
  majorCollections: number;
  /** Bytes allocated: nursery bump + directly in old space (overflow, large). */
  bytesAllocated: number;
  bytesSurvivedMinor: number;
  nurseryBytes: number;
  /** Old space span (oldTop - oldStart) now and at its peak. */
  oldSpanBytes: number;
  peakOldSpanBytes: number;
  /** Old bytes in objects (swept-live + allocated since), and free on the lists. */
  oldUsedBytes: number;
  oldFreeBytes: number;
  liveAfterLastMajor: number;
  /** The used address range (up to the old space's end) now and at its peak: pages past it are never written. */
  touchedBytes: number;
  peakTouchedBytes: number;
  maxBytes: number;
  minorPauseMedianMs: number;
  minorPauseMaxMs: number;
  minorPauseTotalMs: number;
  majorPauseMedianMs: number;
  majorPauseMaxMs: number;
  majorPauseTotalMs: number;
}

export function gcStats(): GcStats {
  notePeak();
  return {
    minorCollections: minor.count,
    majorCollections: major.count,
    bytesAllocated: nurseryAllocatedTotal() + directOldBytes,
    bytesSurvivedMinor: survivorBytesTotal,
    nurseryBytes,
    oldSpanBytes: oldTop - oldStart,
    peakOldSpanBytes: peakOldBytes,
    oldUsedBytes,
    oldFreeBytes: freeListBytes(),
    liveAfterLastMajor: lastLiveBytes,
    touchedBytes: oldTop,
    peakTouchedBytes: Math.max(peakTouched, oldTop),
    maxBytes,
    minorPauseMedianMs: minor.median(),
    minorPauseMaxMs: minor.max,
    minorPauseTotalMs: minor.total,
    majorPauseMedianMs: major.median(),
    majorPauseMaxMs: major.max,
    majorPauseTotalMs: major.total,
  };
}

/** The --gc-stats report, one figure per line. */
export function formatGcStats(s: GcStats = gcStats()): string {
  const mb = (n: number): string => (n / (1 << 20)).toFixed(1) + " MiB";
  const ms = (n: number): string => n.toFixed(3) + " ms";
  return [
    `gc: minor collections ${s.minorCollections}, major collections ${s.majorCollections}`,
    `gc: allocated ${mb(s.bytesAllocated)}, survived minor ${mb(s.bytesSurvivedMinor)}, nursery ${mb(s.nurseryBytes)}`,
    `gc: old space ${mb(s.oldSpanBytes)} (peak ${mb(s.peakOldSpanBytes)}), in use ${mb(s.oldUsedBytes)}, free ${mb(s.oldFreeBytes)}, live after last major ${mb(s.liveAfterLastMajor)}`,
    `gc: memory ${mb(s.touchedBytes)} (peak ${mb(s.peakTouchedBytes)}, max ${mb(s.maxBytes)})`,
    `gc: minor pause median ${ms(s.minorPauseMedianMs)}, max ${ms(s.minorPauseMaxMs)}, total ${ms(s.minorPauseTotalMs)}`,
    `gc: major pause median ${ms(s.majorPauseMedianMs)}, max ${ms(s.majorPauseMaxMs)}, total ${ms(s.majorPauseTotalMs)}`,
  ].join("\n");
}
