/*
 * oldspace.ts — the old generation's allocator: a non-moving free-list heap.
 *
 * Old space is one contiguous range [oldStart, oldTop) just above the
 * nursery. Every byte of it belongs to exactly one chunk, and every chunk
 * starts with a header, so the range can be walked from start to end (the
 * sweeper and the verifier do): a chunk is a live object, a FREE chunk
 * (layout 0, word 1 = size) or a RESERVED shadow (layout 1, word 1 = size).
 * The one exception is the "tail" [tailPtr, tailEnd) we are bump-allocating
 * from; `sealTail()` writes a FREE header over it before any walk.
 *
 * Objects here never move, which is the point: id() of an old object is its
 * address, and compiled traces may embed old addresses as constants.
 *
 * Allocation order, cheapest first:
 *   1. exact size class (sizes 8..SMALL_MAX step 8, one stack of free chunks each)
 *   2. bump in the tail
 *   3. split a free chunk of a larger small class
 *   4. first fit among the large free chunks (the chunk becomes the new tail)
 *   5. extend oldTop (growing the Memory when needed)
 * Free lists are the GC's own bookkeeping in JS typed arrays; they are
 * rebuilt from scratch by every sweep, which also coalesces neighbours.
 *
 * The reserve. A minor collection copies survivors here and must never fail,
 * so outside a collection we keep maxBytes - oldTop >= the bytes the nursery
 * may hold. A mutator request that would break this first shrinks the
 * nursery's usable size (nursery.ts); if even the bytes already allocated in
 * the nursery would not fit, the request fails (the caller raises
 * GcOutOfMemory) and the heap stays intact. Collector requests may use the
 * reserve, which by construction is enough.
 */

import { LAYOUT_FREE } from "./layouts.js";
import { COLLECT_WANTED_W, I32, NURSERY_START, NURSERY_TOP_W, WANT_MAJOR, ensureCommitted, maxBytes } from "./memory.js";
import { nurseryCapBytes, shrinkNurseryCap } from "./nursery.js";

export const SMALL_MAX = 256;
const N_CLASSES = (SMALL_MAX >> 3) + 1;
/** Tail chunks carved from the top are at least this big. */
const TAIL_CHUNK = 256 * 1024;

export let oldStart = 0;
export let oldTop = 0;
let tailPtr = 0;
let tailEnd = 0;

const smallStacks: Int32Array[] = [];
const smallCounts = new Int32Array(N_CLASSES);
let largeAddr: number[] = [];
let largeSize: number[] = [];

/** Bytes of old space in objects (live or not yet swept), shadows included. */
export let oldUsedBytes = 0;
/** Request a major collection once oldUsedBytes passes this. */
export let majorThreshold = 0;
/** Bytes allocated in old space since the heap was created (mutator + collector). */
export let oldAllocatedTotal = 0;

export function oldInit(start: number, threshold: number): void {
  oldStart = oldTop = tailPtr = tailEnd = start;
  for (let c = 0; c < N_CLASSES; c++) {
    smallStacks[c] = new Int32Array(64);
    smallCounts[c] = 0;
  }
  largeAddr = [];
  largeSize = [];
  oldUsedBytes = 0;
  oldAllocatedTotal = 0;
  majorThreshold = threshold;
}

export function setMajorThreshold(t: number): void {
  majorThreshold = t;
}

export function setOldUsedBytes(n: number): void {
  oldUsedBytes = n;
}

function pushSmall(c: number, addr: number): void {
  let s = smallStacks[c];
  const n = smallCounts[c];
  if (n === s.length) {
    const b = new Int32Array(n * 2);
    b.set(s);
    smallStacks[c] = s = b;
  }
  s[n] = addr;
  smallCounts[c] = n + 1;
}

/** Turn [addr, addr+size) into a free chunk on the lists. */
export function addFreeChunk(addr: number, size: number): void {
  I32[addr >> 2] = LAYOUT_FREE;
  I32[(addr + 4) >> 2] = size;
  if (size <= SMALL_MAX) pushSmall(size >> 3, addr);
  else {
    largeAddr.push(addr);
    largeSize.push(size);
  }
}

/** Give an object's (or shadow's) bytes back. */
export function oldFree(addr: number, size: number): void {
  oldUsedBytes -= size;
  addFreeChunk(addr, size);
}

/** Write a FREE header over the unused tail so the old space can be walked. */
export function sealTail(): void {
  if (tailEnd > tailPtr) {
    I32[tailPtr >> 2] = LAYOUT_FREE;
    I32[(tailPtr + 4) >> 2] = tailEnd - tailPtr;
  }
}

function retireTail(): void {
  if (tailEnd > tailPtr) {
    if (tailEnd === oldTop) oldTop = tailPtr;
    else addFreeChunk(tailPtr, tailEnd - tailPtr);
  }
  tailPtr = tailEnd = 0;
}

/** Before a sweep: the tail becomes an ordinary free chunk and all lists are emptied. */
export function beginSweep(): void {
  sealTail();
  tailPtr = tailEnd = 0;
  smallCounts.fill(0);
  largeAddr = [];
  largeSize = [];
}

/** After a sweep: the last chunk ends at `top`. */
export function endSweep(top: number): void {
  oldTop = top;
}

/** Free bytes on the lists and in the tail (for stats). */
export function freeListBytes(): number {
  let n = tailEnd - tailPtr;
  for (let c = 1; c < N_CLASSES; c++) n += smallCounts[c] * (c << 3);
  for (const s of largeSize) n += s;
  return n;
}

/**
 * Allocate `size` bytes (a multiple of 8) of old space. Returns the address,
 * with no header written and the bytes NOT zeroed, or 0 if a mutator request
 * cannot be met without breaking the reserve or the maximum.
 */
export function oldAlloc(size: number, collector: boolean): number {
  let a = 0;
  if (size <= SMALL_MAX) {
    const c = size >> 3;
    const n = smallCounts[c];
    if (n > 0) {
      a = smallStacks[c][n - 1];
      smallCounts[c] = n - 1;
    } else if (tailEnd - tailPtr >= size) {
      a = tailPtr;
      tailPtr += size;
    } else {
      for (let d = c + 1; d < N_CLASSES; d++) {
        const m = smallCounts[d];
        if (m > 0) {
          a = smallStacks[d][m - 1];
          smallCounts[d] = m - 1;
          const rest = (d << 3) - size;
          if (rest > 0) addFreeChunk(a + size, rest);
          break;
        }
      }
    }
  } else if (tailEnd - tailPtr >= size) {
    a = tailPtr;
    tailPtr += size;
  }
  if (a === 0) a = allocFromLarge(size);
  if (a === 0) a = allocAtTop(size, collector);
  if (a !== 0) {
    oldUsedBytes += size;
    oldAllocatedTotal += size;
    if (oldUsedBytes > majorThreshold) I32[COLLECT_WANTED_W] |= WANT_MAJOR;
  }
  return a;
}

function allocFromLarge(size: number): number {
  const n = largeAddr.length;
  for (let i = 0; i < n; i++) {
    const s = largeSize[i];
    if (s >= size) {
      const a = largeAddr[i];
      largeAddr[i] = largeAddr[n - 1];
      largeSize[i] = largeSize[n - 1];
      largeAddr.pop();
      largeSize.pop();
      if (size > SMALL_MAX) {
        if (s - size > 0) addFreeChunk(a + size, s - size);
      } else {
        // a small request: the chunk becomes the new tail
        retireTail();
        tailPtr = a + size;
        tailEnd = a + s;
      }
      return a;
    }
  }
  return 0;
}

function allocAtTop(size: number, collector: boolean): number {
  // Extend from the tail if it sits at the top, else start a new tail there.
  if (tailEnd !== oldTop) retireTail();
  if (tailEnd !== oldTop) tailPtr = tailEnd = oldTop;
  const need = size - (tailEnd - tailPtr);
  const headroom = maxBytes - oldTop;
  let grow = Math.max(need, TAIL_CHUNK);
  if (collector) {
    if (grow > headroom) grow = Math.max(need, headroom);
    if (need > headroom) throw new Error("gc: internal error: the collector's reserve is exhausted");
  } else {
    const used = I32[NURSERY_TOP_W] - NURSERY_START;
    if (headroom - need < used) return 0;
    if (headroom - grow < nurseryCapBytes) {
      // Big chunks are a luxury; exact growth first, then a smaller nursery.
      grow = need;
      if (headroom - grow < nurseryCapBytes) shrinkNurseryCap(headroom - grow);
    }
  }
  if (!ensureCommitted(oldTop + grow)) {
    if (grow === need || !ensureCommitted(oldTop + need)) {
      if (collector) throw new Error("gc: internal error: memory.grow failed inside a collection");
      return 0;
    }
    grow = need;
  }
  oldTop += grow;
  tailEnd = oldTop;
  const a = tailPtr;
  tailPtr += size;
  return a;
}

/**
 * Grow the chunk [addr, addr+oldSize) to newSize in place when it ends where the tail's bump
 * pointer is (a growing array that was the last large allocation): no copy and no garbage.
 * Mutator only; false when it can't (the caller allocates and copies).
 */
export function oldGrowInPlace(addr: number, oldSize: number, newSize: number): boolean {
  if (addr + oldSize !== tailPtr) return false;
  const extra = newSize - oldSize;
  if (tailEnd - tailPtr < extra) {
    if (tailEnd !== oldTop) return false;
    const need = extra - (tailEnd - tailPtr);
    const headroom = maxBytes - oldTop;
    const used = I32[NURSERY_TOP_W] - NURSERY_START;
    // keep the collector's reserve and the nursery whole: the ordinary path decides otherwise
    if (headroom - need < used + nurseryCapBytes) return false;
    const grow = Math.min(Math.max(need, TAIL_CHUNK), headroom - used - nurseryCapBytes);
    if (!ensureCommitted(oldTop + grow)) return false;
    oldTop += grow;
    tailEnd = oldTop;
  }
  tailPtr += extra;
  oldUsedBytes += extra;
  oldAllocatedTotal += extra;
  if (oldUsedBytes > majorThreshold) I32[COLLECT_WANTED_W] |= WANT_MAJOR;
  return true;
}

/** For the verifier: every chunk on the free lists, with the size its list implies (0 = read word 1). */
export function forEachFreeListChunk(cb: (addr: number, size: number) => void): void {
  for (let c = 1; c < N_CLASSES; c++) {
    const s = smallStacks[c];
    for (let i = 0; i < smallCounts[c]; i++) cb(s[i], c << 3);
  }
  for (let i = 0; i < largeAddr.length; i++) cb(largeAddr[i], largeSize[i]);
}

/** For the verifier: the unsealed tail. */
export function tailRange(): [number, number] {
  return [tailPtr, tailEnd];
}
