/*
 * major.ts — the major collection: mark-sweep of the old space.
 *
 * Why mark-sweep and not mark-compact: old objects must not move.
 *   - id() of an old object is its address, with no side table (identity.ts);
 *   - compiled traces embed addresses of old objects (type objects, code
 *     objects, promoted constants) as constants in Wasm code; a moving old
 *     space would have to find and patch them, or forbid them;
 *   - TypeScript residual code may hold an old reference across an allocation
 *     without a handle (allocation never collects, and old objects never move).
 * The price is fragmentation, contained by size classes and by coalescing
 * neighbouring free chunks in every sweep (oldspace.ts). PyPy's incminimark
 * makes the same choice.
 *
 * A major collection always follows a minor one, so the nursery is empty,
 * the remembered set and young-old list are empty, there are no shadows and
 * every old object carries TRACK_YOUNG. Marking starts from the roots with an
 * explicit stack (deep structures cannot overflow the JS stack) and sets MARK.
 * The sweep walks the old space chunk by chunk from oldStart to oldTop:
 * marked objects lose MARK, runs of unmarked objects and free chunks become
 * one free chunk each, and a free run at the very end lowers oldTop. It is
 * stop-the-world and proportional to the old space (not incremental yet).
 *
 * The next major collection is wanted once old-space use passes
 * max(minMajorBytes, live bytes after this one * MAJOR_GROWTH).
 */

import { GCFLAG_MARK, HDR_LAYOUT_MASK } from "./header.js";
import { KIND_REF, LAYOUT_LAST_INTERNAL, layoutRefCount, layoutRefStart, layoutSize, layoutVarKind, refOffsets } from "./layouts.js";
import { I32 } from "./memory.js";
import { chunkSize } from "./object.js";
import { addFreeChunk, beginSweep, endSweep, oldStart, oldTop, setMajorThreshold, setOldUsedBytes } from "./oldspace.js";
import { forEachRoot } from "./roots.js";

/** As PyPy's major_collection_threshold. */
export const MAJOR_GROWTH = 1.82;
let minMajorBytes = 8 << 20;
let stack = new Int32Array(4096);
let stackCount = 0;
export let lastLiveBytes = 0;

export function majorReset(minBytes: number): void {
  minMajorBytes = minBytes;
  stackCount = 0;
  lastLiveBytes = 0;
}

export function majorCollect(): void {
  forEachRoot(markSlot, markRef);
  while (stackCount > 0) scanObject(stack[--stackCount]);
  sweep();
}

function markSlot(addr: number): void {
  mark(I32[addr >> 2]);
}

function markRef(w: number): number {
  mark(w);
  return w;
}

function mark(w: number): void {
  if (w === 0 || (w & 7) !== 0) return;
  const hdr = I32[w >> 2];
  if ((hdr & GCFLAG_MARK) !== 0) return;
  I32[w >> 2] = hdr | GCFLAG_MARK;
  const id = hdr & HDR_LAYOUT_MASK;
  if (layoutRefCount[id] !== 0 || layoutVarKind[id] === KIND_REF) {
    if (stackCount === stack.length) {
      const b = new Int32Array(stackCount * 2);
      b.set(stack);
      stack = b;
    }
    stack[stackCount++] = w;
  }
}

function scanObject(obj: number): void {
  const id = I32[obj >> 2] & HDR_LAYOUT_MASK;
  const rs = layoutRefStart[id];
  const re = rs + layoutRefCount[id];
  for (let k = rs; k < re; k++) mark(I32[(obj + refOffsets[k]) >> 2]);
  if (layoutVarKind[id] === KIND_REF) {
    const start = (obj + layoutSize[id]) >> 2;
    const end = start + I32[(obj + 4) >> 2];
    for (let i = start; i < end; i++) mark(I32[i]);
  }
}

function sweep(): void {
  beginSweep();
  const top = oldTop;
  let p = oldStart;
  let run = -1;
  let live = 0;
  while (p < top) {
    const hdr = I32[p >> 2];
    const size = chunkSize(p);
    if (size < 8 || (size & 7) !== 0) throw new Error(`gc: corrupt old space at ${p} (chunk size ${size})`);
    if ((hdr & GCFLAG_MARK) !== 0 && (hdr & HDR_LAYOUT_MASK) > LAYOUT_LAST_INTERNAL) {
      I32[p >> 2] = hdr & ~GCFLAG_MARK;
      live += size;
      if (run >= 0) {
        addFreeChunk(run, p - run);
        run = -1;
      }
    } else if (run < 0) {
      run = p;
    }
    p += size;
  }
  endSweep(run >= 0 ? run : top);
  lastLiveBytes = live;
  setOldUsedBytes(live);
  setMajorThreshold(Math.max(minMajorBytes, Math.floor(live * MAJOR_GROWTH)));
}
