/*
 * nursery.ts — the young generation: one bump-pointer region at NURSERY_START.
 *
 * Allocation bumps NURSERY_TOP while it stays under NURSERY_LIMIT (both are
 * words in linear memory, so compiled traces can inline the same bump). The
 * limit is the end of the part of the nursery already zeroed: a minor
 * collection leaves the nursery dirty and does not clear it (that would be
 * 4 MiB of memset inside the pause); instead the allocation slow path zeroes
 * the next ZERO_CHUNK bytes and moves the limit (PyPy's nursery cleanup does
 * the same). Bytes past the highest top ever reached since the last reset are
 * still zero and are not cleared again.
 *
 *   NURSERY_START        top            limit         capEnd      nurseryEnd
 *        | objects…       | zero bytes    | dirty        | unusable |
 *
 * capEnd is the usable end this cycle: normally nurseryEnd, lower when the
 * old space is close to the heap maximum (see the reserve in oldspace.ts).
 * nurseryEnd itself never moves: "young" means ref < nurseryEnd.
 */

import { I32, NURSERY_END_W, NURSERY_LIMIT_W, NURSERY_START, NURSERY_TOP_W, U8, maxBytes } from "./memory.js";
import { oldTop } from "./oldspace.js";

const ZERO_CHUNK = 32 * 1024;

export let nurseryBytes = 0;
export let nurseryEnd = NURSERY_START;
/** Usable bytes of the nursery this cycle. */
export let nurseryCapBytes = 0;
let capEnd = NURSERY_START;
let zeroedEnd = NURSERY_START;
let dirtyEnd = NURSERY_START;
/** Bytes bump-allocated in previous cycles (the current cycle is top - NURSERY_START). */
export let nurseryAllocatedBefore = 0;

export function nurseryInit(bytes: number): void {
  nurseryBytes = bytes;
  nurseryEnd = NURSERY_START + bytes;
  nurseryCapBytes = bytes;
  capEnd = nurseryEnd;
  zeroedEnd = dirtyEnd = NURSERY_START;
  nurseryAllocatedBefore = 0;
  I32[NURSERY_END_W] = nurseryEnd;
  I32[NURSERY_TOP_W] = NURSERY_START;
  zeroedEnd = nurseryEnd; // a fresh Memory is all zero
  I32[NURSERY_LIMIT_W] = capEnd;
}

/** Bytes allocated in the nursery since the heap was created. */
export function nurseryAllocatedTotal(): number {
  return nurseryAllocatedBefore + (I32[NURSERY_TOP_W] - NURSERY_START);
}

/**
 * Slow path of the bump: make room for `size` more bytes at the top by
 * zeroing the next chunk. False if the usable nursery is exhausted.
 */
export function nurseryRefill(size: number): boolean {
  const top = I32[NURSERY_TOP_W];
  const need = top + size;
  if (need > capEnd) return false;
  let to = Math.max(need, zeroedEnd + ZERO_CHUNK);
  if (to > capEnd) to = capEnd;
  const dirtyTo = Math.min(to, dirtyEnd);
  if (dirtyTo > zeroedEnd) U8.fill(0, zeroedEnd, dirtyTo);
  zeroedEnd = to;
  I32[NURSERY_LIMIT_W] = to;
  return true;
}

/** Lower the usable size (never below what is already allocated). */
export function shrinkNurseryCap(bytes: number): void {
  const top = I32[NURSERY_TOP_W];
  let end = NURSERY_START + (Math.max(0, bytes) & ~7);
  if (end < top) end = top;
  if (end < capEnd) {
    capEnd = end;
    nurseryCapBytes = end - NURSERY_START;
    if (I32[NURSERY_LIMIT_W] > end) I32[NURSERY_LIMIT_W] = end;
    if (zeroedEnd > end) zeroedEnd = end;
  }
}

/** After a minor collection: everything in the nursery is garbage. */
export function nurseryReset(): void {
  const top = I32[NURSERY_TOP_W];
  nurseryAllocatedBefore += top - NURSERY_START;
  if (top > dirtyEnd) dirtyEnd = top;
  I32[NURSERY_TOP_W] = NURSERY_START;
  zeroedEnd = NURSERY_START;
  I32[NURSERY_LIMIT_W] = NURSERY_START;
  const room = Math.max(0, (maxBytes - oldTop) & ~7);
  nurseryCapBytes = Math.min(nurseryBytes, room);
  capEnd = NURSERY_START + nurseryCapBytes;
}
