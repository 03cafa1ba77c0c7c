/*
 * minor.ts — the minor collection: copy the nursery's survivors to old space.
 *
 * Reachable young objects are found from three sources, each of which is
 * complete by construction:
 *   1. the roots (roots.ts);
 *   2. the remembered set: old objects the write barrier saw receiving a young
 *      reference (only the marked cards of carded arrays are scanned);
 *   3. the young-old list: objects allocated outside the nursery since the last
 *      minor collection (overflow and large objects), which had no barrier and
 *      are scanned whole — they may hold young references from initRef.
 * Every young reference met is replaced by the object's new address: the
 * object is copied to old space (into its shadow if its id() was taken,
 * identity.ts) on first sight, and the nursery copy becomes a forwarding
 * stub (FORWARDED in word 0, new address in word 1). Copies that may hold
 * references go on the gray stack and are scanned in turn, until it is empty.
 *
 * Afterwards every object that was scanned (copies, remembered, young-old)
 * has TRACK_YOUNG set, the remembered set and young-old list are empty, dead
 * young objects' shadows are freed, and the nursery is reset (dirty: it is
 * zeroed lazily by allocation, nursery.ts).
 *
 * It cannot fail: the copies fit in the reserve kept by oldspace.ts. Young
 * objects that die cost nothing; the pause is proportional to the survivors
 * plus the remembered objects (or cards) plus the young-old objects.
 */

import { clearYoungOld, youngOld, youngOldCount } from "./alloc.js";
import { clearRemembered, remembered, rememberedCount } from "./barrier.js";
import { CARD_SHIFT, GCFLAG_CARDS_SET, GCFLAG_FORWARDED, GCFLAG_HAS_CARDS, GCFLAG_HAS_SHADOW, GCFLAG_TRACK_YOUNG, HDR_LAYOUT_MASK } from "./header.js";
import { releaseShadows, shadows } from "./identity.js";
import { KIND_REF, layoutRefCount, layoutRefStart, layoutSize, layoutVarKind, refOffsets } from "./layouts.js";
import { I32, U8 } from "./memory.js";
import { nurseryEnd, nurseryReset } from "./nursery.js";
import { baseSize } from "./object.js";
import { oldAlloc } from "./oldspace.js";
import { forEachRoot } from "./roots.js";

let gray = new Int32Array(4096);
let grayCount = 0;
/** Bytes copied out by the last minor collection. */
export let lastSurvivorBytes = 0;
export let survivorBytesTotal = 0;

export function minorReset(): void {
  grayCount = 0;
  lastSurvivorBytes = 0;
  survivorBytesTotal = 0;
}

export function minorCollect(): void {
  lastSurvivorBytes = 0;
  forEachRoot(updateSlot, updateRef);

  for (let i = 0; i < rememberedCount; i++) {
    const obj = remembered[i];
    const hdr = I32[obj >> 2];
    if ((hdr & GCFLAG_HAS_CARDS) !== 0) {
      scanCards(obj);
      I32[obj >> 2] = (I32[obj >> 2] & ~GCFLAG_CARDS_SET) | GCFLAG_TRACK_YOUNG;
    } else {
      scanObject(obj);
      I32[obj >> 2] = I32[obj >> 2] | GCFLAG_TRACK_YOUNG;
    }
  }
  clearRemembered();

  for (let i = 0; i < youngOldCount; i++) {
    const obj = youngOld[i];
    scanObject(obj);
    I32[obj >> 2] = I32[obj >> 2] | GCFLAG_TRACK_YOUNG;
  }
  clearYoungOld();

  while (grayCount > 0) scanObject(gray[--grayCount]);

  if (shadows.size > 0) releaseShadows(isForwarded);
  survivorBytesTotal += lastSurvivorBytes;
  nurseryReset();
}

function isForwarded(young: number): boolean {
  return (I32[young >> 2] & GCFLAG_FORWARDED) !== 0;
}

function updateRef(w: number): number {
  if (w !== 0 && (w & 7) === 0 && w < nurseryEnd) return copyOut(w);
  return w;
}

function updateSlot(addr: number): void {
  const w = I32[addr >> 2];
  if (w !== 0 && (w & 7) === 0 && w < nurseryEnd) {
    // Two statements on purpose: copyOut may grow the memory, and in
    // `I32[i] = copyOut(w)` JS would evaluate I32 (the old view) first.
    const moved = copyOut(w);
    I32[addr >> 2] = moved;
  }
}

function copyOut(obj: number): number {
  const hdr = I32[obj >> 2];
  if ((hdr & GCFLAG_FORWARDED) !== 0) return I32[(obj + 4) >> 2];
  const size = baseSize(obj);
  const dst = (hdr & GCFLAG_HAS_SHADOW) !== 0 ? shadows.get(obj)! : oldAlloc(size, true);
  if (size <= 64) {
    const s = obj >> 2;
    const d = dst >> 2;
    for (let i = 1; i < size >> 2; i++) I32[d + i] = I32[s + i];
  } else {
    I32.copyWithin(dst >> 2, obj >> 2, (obj + size) >> 2);
  }
  I32[dst >> 2] = (hdr & ~GCFLAG_HAS_SHADOW) | GCFLAG_TRACK_YOUNG;
  I32[obj >> 2] = GCFLAG_FORWARDED;
  I32[(obj + 4) >> 2] = dst;
  lastSurvivorBytes += size;
  const id = hdr & HDR_LAYOUT_MASK;
  if (layoutRefCount[id] !== 0 || layoutVarKind[id] === KIND_REF) {
    if (grayCount === gray.length) {
      const b = new Int32Array(grayCount * 2);
      b.set(gray);
      gray = b;
    }
    gray[grayCount++] = dst;
  }
  return dst;
}

function scanObject(obj: number): void {
  const id = I32[obj >> 2] & HDR_LAYOUT_MASK;
  const rs = layoutRefStart[id];
  const re = rs + layoutRefCount[id];
  for (let k = rs; k < re; k++) updateSlot(obj + refOffsets[k]);
  if (layoutVarKind[id] === KIND_REF) {
    const start = obj + layoutSize[id];
    const end = start + 4 * I32[(obj + 4) >> 2];
    for (let a = start; a < end; a += 4) updateSlot(a);
  }
}

/** A remembered carded array: fixed references, then only the slots under marked cards. */
function scanCards(obj: number): void {
  const id = I32[obj >> 2] & HDR_LAYOUT_MASK;
  const rs = layoutRefStart[id];
  const re = rs + layoutRefCount[id];
  for (let k = rs; k < re; k++) updateSlot(obj + refOffsets[k]);
  const base = baseSize(obj);
  const cards = obj + base;
  const ncards = (base + (1 << CARD_SHIFT) - 1) >> CARD_SHIFT;
  const varStart = obj + layoutSize[id];
  const varEnd = varStart + 4 * I32[(obj + 4) >> 2];
  for (let c = 0; c < ncards; c++) {
    if (U8[cards + c] === 0) continue;
    U8[cards + c] = 0;
    let lo = obj + (c << CARD_SHIFT);
    let hi = lo + (1 << CARD_SHIFT);
    if (lo < varStart) lo = varStart;
    if (hi > varEnd) hi = varEnd;
    for (let a = lo; a < hi; a += 4) updateSlot(a);
  }
}
