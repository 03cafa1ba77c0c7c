/*
 * alloc.ts — allocation. The fast paths are RTS (restricted TypeScript: top-level
 * functions over numbers and the memory views) because the interpreter's
 * allocations are traced through them; the slow path is a residual call.
 *
 * Contract:
 *   - allocFixed(layout) / allocVar(layout, length) return a zeroed object with
 *     its header (and length) written. Every reference slot reads as null.
 *   - Allocation NEVER collects. When the nursery is full the object is taken
 *     from the old space instead (the "overflow") and the collection-wanted
 *     word gets WANT_MINOR; the next safepoint collects.
 *   - Objects larger than `largeObjectBytes` go straight to the old space;
 *     large reference arrays get a card table.
 *   - Objects allocated outside the nursery since the last minor collection are
 *     listed in `youngOld` and are scanned whole by that collection. Together
 *     with the nursery this means: stores into an object allocated since the
 *     last safepoint need no write barrier (initRef in barrier.ts).
 *   - Past the heap maximum the slow path throws GcOutOfMemory with the heap
 *     intact.
 */

import { GCFLAG_HAS_CARDS, HDR_LAYOUT_MASK } from "./header.js";
import { KIND_REF, layoutElemShift, layoutSize, layoutVarKind } from "./layouts.js";
import { COLLECT_WANTED_W, GcOutOfMemory, I32, NURSERY_LIMIT_W, NURSERY_START, NURSERY_TOP_W, U8, WANT_MINOR } from "./memory.js";
import { nurseryEnd, nurseryRefill } from "./nursery.js";
import { MAX_VAR_LENGTH, cardTableBytes, chunkSize } from "./object.js";
import { oldAlloc, oldGrowInPlace, oldStart } from "./oldspace.js";

/** Objects above this size skip the nursery (set by initHeap). */
export let largeObjectBytes = 32 * 1024;

export function setLargeObjectBytes(n: number): void {
  largeObjectBytes = n;
}

/** Old objects allocated since the last minor collection (scanned whole by it). */
export let youngOld = new Int32Array(256);
export let youngOldCount = 0;

export function clearYoungOld(): void {
  youngOldCount = 0;
}

/** Bytes handed out by the old-space path (overflow + large) since init. */
export let directOldBytes = 0;

export function allocReset(): void {
  youngOldCount = 0;
  directOldBytes = 0;
}

/** Allocate a fixed-size object of `layout`. */
export function allocFixed(layout: number): number {
  const size = layoutSize[layout];
  const top = I32[NURSERY_TOP_W];
  const next = top + size;
  if (next <= I32[NURSERY_LIMIT_W]) {
    I32[NURSERY_TOP_W] = next;
    I32[top >> 2] = layout;
    return top;
  }
  return allocSlow(layout, size, -1);
}

/** Allocate a var-sized object of `layout` with `length` elements. */
export function allocVar(layout: number, length: number): number {
  if (length >= 0 && length <= 65536) {
    const size = (layoutSize[layout] + (length << layoutElemShift[layout]) + 7) & ~7;
    const top = I32[NURSERY_TOP_W];
    const next = top + size;
    if (next <= I32[NURSERY_LIMIT_W] && size <= largeObjectBytes) {
      I32[NURSERY_TOP_W] = next;
      I32[top >> 2] = layout;
      I32[(top + 4) >> 2] = length;
      return top;
    }
  }
  return allocVarSlow(layout, length);
}

function allocVarSlow(layout: number, length: number): number {
  if (!(length >= 0 && length <= MAX_VAR_LENGTH)) throw new GcOutOfMemory(Math.max(0, length));
  const bytes = layoutSize[layout] + length * (1 << layoutElemShift[layout]);
  if (bytes > 0x7ff00000) throw new GcOutOfMemory(bytes);
  return allocSlow(layout, (bytes + 7) & ~7, length);
}

/** length < 0 means a fixed-size layout. */
function allocSlow(layout: number, size: number, length: number): number {
  if (nurseryEnd === NURSERY_START) throw new Error("gc: initHeap() was not called");
  if (size <= largeObjectBytes) {
    if (nurseryRefill(size)) {
      const top = I32[NURSERY_TOP_W];
      I32[NURSERY_TOP_W] = top + size;
      I32[top >> 2] = layout;
      if (length >= 0) I32[(top + 4) >> 2] = length;
      return top;
    }
    I32[COLLECT_WANTED_W] |= WANT_MINOR;
  }
  const cards = size > largeObjectBytes && length >= 0 && layoutVarKind[layout] === KIND_REF;
  const total = cards ? size + cardTableBytes(size) : size;
  const a = oldAlloc(total, false);
  if (a === 0) throw new GcOutOfMemory(total);
  U8.fill(0, a, a + total);
  I32[a >> 2] = cards ? layout | GCFLAG_HAS_CARDS : layout;
  if (length >= 0) I32[(a + 4) >> 2] = length;
  if (youngOldCount === youngOld.length) {
    const b = new Int32Array(youngOldCount * 2);
    b.set(youngOld);
    youngOld = b;
  }
  youngOld[youngOldCount++] = a;
  directOldBytes += total;
  return a;
}

/**
 * Lengthen a var-sized old-space object of a non-reference layout in place (new elements zero),
 * when the old space's tail allows it (oldGrowInPlace). Reference arrays never: their card table
 * follows them. False when not possible: the caller allocates a new object and copies.
 */
export function tryGrowVarInPlace(obj: number, newLength: number): boolean {
  if (obj < oldStart || (I32[obj >> 2] & GCFLAG_HAS_CARDS) !== 0) return false;
  const layout = I32[obj >> 2] & HDR_LAYOUT_MASK;
  if (layoutVarKind[layout] === KIND_REF) return false;
  const oldSize = chunkSize(obj);
  const newSize = (layoutSize[layout] + newLength * (1 << layoutElemShift[layout]) + 7) & ~7;
  if (newSize <= oldSize || !(newLength <= MAX_VAR_LENGTH)) return false;
  if (!oldGrowInPlace(obj, oldSize, newSize)) return false;
  U8.fill(0, obj + oldSize, obj + newSize);
  I32[(obj + 4) >> 2] = newLength;
  directOldBytes += newSize - oldSize;
  return true;
}
