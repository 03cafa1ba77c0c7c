/*
 * verify.ts — the heap verifier (PYPYTS_GC_VERIFY=1, and always in the GC tests).
 *
 * Walks the whole heap and throws on the first violated invariant:
 *   - the old space is a gapless sequence of chunks from oldStart to oldTop,
 *     each with a registered layout and a sane size; no MARK or FORWARDED
 *     outside a collection, no HAS_SHADOW on old objects;
 *   - the nursery [NURSERY_START, top) is a gapless sequence of young objects,
 *     none carrying old-object flags; HAS_SHADOW exactly when a shadow exists,
 *     and the shadow is a RESERVED chunk of the object's size;
 *   - every reference (root slots, handles, root area, visitors, every
 *     reference field of every object, dead or alive) points to the start of
 *     an object — not into a free chunk, a shadow or the middle of something;
 *   - every old-to-young reference is remembered: its object is on the
 *     young-old list, or is in the remembered set with TRACK_YOUNG clear, or
 *     is a carded array in the remembered set with the slot's card marked;
 *   - every free-list entry is a FREE chunk of the size its list implies.
 * It costs a pass over the heap, so it runs only in verify mode and tests.
 */

import { youngOld, youngOldCount } from "./alloc.js";
import { remembered, rememberedCount } from "./barrier.js";
import {
  CARD_SHIFT,
  GCFLAG_CARDS_SET,
  GCFLAG_FORWARDED,
  GCFLAG_HAS_CARDS,
  GCFLAG_HAS_SHADOW,
  GCFLAG_MARK,
  GCFLAG_TRACK_YOUNG,
  HDR_LAYOUT_MASK,
} from "./header.js";
import { shadows } from "./identity.js";
import {
  KIND_REF,
  LAYOUT_FREE,
  LAYOUT_LAST_INTERNAL,
  LAYOUT_RESERVED,
  layoutCount,
  layoutInfo,
  layoutRefCount,
  layoutRefStart,
  layoutSize,
  layoutVarKind,
  refOffsets,
} from "./layouts.js";
import { I32, NURSERY_START, NURSERY_TOP_W, U8 } from "./memory.js";
import { nurseryEnd } from "./nursery.js";
import { baseSize, chunkSize } from "./object.js";
import { forEachFreeListChunk, oldStart, oldTop, sealTail } from "./oldspace.js";
import { forEachRoot } from "./roots.js";

export class GcVerifyError extends Error {}

function fail(when: string, msg: string): never {
  throw new GcVerifyError(`gc verify (${when}): ${msg}`);
}

export interface VerifyReport {
  oldObjects: number;
  youngObjects: number;
  references: number;
}

export function verifyHeap(when = "verify"): VerifyReport {
  sealTail();
  // every object lies below the old space's end (the memory past it is never written)
  const end = oldTop;
  const starts = new Uint8Array((end >> 6) + 1);
  const setStart = (a: number): void => {
    starts[a >> 6] |= 1 << ((a >> 3) & 7);
  };
  const isStart = (a: number): boolean => a < end && (starts[a >> 6] & (1 << ((a >> 3) & 7))) !== 0;
  const nLayouts = layoutCount();
  const objects: number[] = [];
  let oldObjects = 0;

  // old space
  let p = oldStart;
  while (p < oldTop) {
    const hdr = I32[p >> 2];
    const id = hdr & HDR_LAYOUT_MASK;
    if (id >= nLayouts) fail(when, `old chunk ${p}: unknown layout ${id}`);
    const size = chunkSize(p);
    if (size < 8 || (size & 7) !== 0 || p + size > oldTop) fail(when, `old chunk ${p}: bad size ${size}`);
    if ((hdr & (GCFLAG_MARK | GCFLAG_FORWARDED | GCFLAG_HAS_SHADOW)) !== 0)
      fail(when, `old chunk ${p} (${layoutInfo(id).name}): stray flags ${(hdr >>> 16).toString(16)}`);
    if (id <= LAYOUT_LAST_INTERNAL) {
      if ((hdr & ~HDR_LAYOUT_MASK) !== 0) fail(when, `free/reserved chunk ${p} has flags`);
    } else {
      setStart(p);
      objects.push(p);
      oldObjects++;
    }
    p += size;
  }
  if (p !== oldTop) fail(when, `old space walk ended at ${p}, oldTop is ${oldTop}`);

  // nursery
  const top = I32[NURSERY_TOP_W];
  p = NURSERY_START;
  let youngObjects = 0;
  while (p < top) {
    const hdr = I32[p >> 2];
    const id = hdr & HDR_LAYOUT_MASK;
    if ((hdr & GCFLAG_FORWARDED) !== 0) fail(when, `nursery object ${p} is a forwarding stub outside a collection`);
    if (id <= LAYOUT_LAST_INTERNAL || id >= nLayouts) fail(when, `nursery object ${p}: bad layout ${id}`);
    if ((hdr & (GCFLAG_MARK | GCFLAG_TRACK_YOUNG | GCFLAG_HAS_CARDS | GCFLAG_CARDS_SET)) !== 0)
      fail(when, `nursery object ${p}: old-object flags ${(hdr >>> 16).toString(16)}`);
    const size = chunkSize(p);
    if (size < 8 || p + size > top) fail(when, `nursery object ${p}: bad size ${size}`);
    const sh = shadows.get(p);
    if (((hdr & GCFLAG_HAS_SHADOW) !== 0) !== (sh !== undefined)) fail(when, `nursery object ${p}: HAS_SHADOW and shadow map disagree`);
    if (sh !== undefined && ((I32[sh >> 2] & HDR_LAYOUT_MASK) !== LAYOUT_RESERVED || I32[(sh + 4) >> 2] !== size))
      fail(when, `shadow ${sh} of ${p} is not a RESERVED chunk of ${size} bytes`);
    setStart(p);
    objects.push(p);
    youngObjects++;
    p += size;
  }
  if (p !== top) fail(when, `nursery walk ended at ${p}, top is ${top}`);
  if (shadows.size > youngObjects) fail(when, `shadow map has entries for objects outside the nursery`);

  const yo = new Set<number>();
  for (let i = 0; i < youngOldCount; i++) yo.add(youngOld[i]);
  const rem = new Set<number>();
  for (let i = 0; i < rememberedCount; i++) {
    if (rem.has(remembered[i])) fail(when, `object ${remembered[i]} remembered twice`);
    rem.add(remembered[i]);
  }

  let references = 0;
  const checkRef = (w: number, where: string): void => {
    if (w === 0 || (w & 7) !== 0) return;
    references++;
    if (!isStart(w)) fail(when, `${where}: reference ${w} is not the start of an object`);
  };

  for (const obj of objects) {
    const hdr = I32[obj >> 2];
    const id = hdr & HDR_LAYOUT_MASK;
    const old = obj >= nurseryEnd;
    if (old && (hdr & GCFLAG_TRACK_YOUNG) === 0 && !yo.has(obj) && !rem.has(obj))
      fail(when, `old object ${obj} lacks TRACK_YOUNG but is neither remembered nor young-old`);
    if (old && (hdr & GCFLAG_CARDS_SET) !== 0 && !rem.has(obj)) fail(when, `carded object ${obj} has CARDS_SET but is not remembered`);
    const rs = layoutRefStart[id];
    const re = rs + layoutRefCount[id];
    let a = 0;
    let end = 0;
    let k = rs;
    if (layoutVarKind[id] === KIND_REF) {
      a = obj + layoutSize[id];
      end = a + 4 * I32[(obj + 4) >> 2];
    }
    // fixed reference fields, then the variable part
    for (;;) {
      let at: number;
      if (k < re) at = obj + refOffsets[k++];
      else if (a < end) {
        at = a;
        a += 4;
      } else break;
      const w = I32[at >> 2];
      if (w === 0 || (w & 7) !== 0) continue;
      references++;
      if (!isStart(w)) fail(when, `${layoutInfo(id).name} ${obj} +${at - obj}: reference ${w} is not the start of an object`);
      if (old && w < nurseryEnd && !yo.has(obj)) {
        if ((hdr & GCFLAG_HAS_CARDS) !== 0) {
          const card = U8[obj + baseSize(obj) + ((at - obj) >> CARD_SHIFT)];
          if (card === 0 || (hdr & GCFLAG_CARDS_SET) === 0 || !rem.has(obj))
            fail(when, `old-to-young reference at ${obj} +${at - obj} not covered by a marked card`);
        } else if ((hdr & GCFLAG_TRACK_YOUNG) !== 0 || !rem.has(obj)) {
          fail(when, `old-to-young reference at ${obj} +${at - obj} (${layoutInfo(id).name}) is not remembered`);
        }
      }
    }
  }

  forEachRoot(
    (a) => checkRef(I32[a >> 2], `root slot ${a}`),
    (w) => {
      checkRef(w, "root visitor");
      return w;
    },
  );

  forEachFreeListChunk((a, size) => {
    if (a < oldStart || a + size > oldTop) fail(when, `free-list chunk ${a} outside the old space`);
    if (I32[a >> 2] !== LAYOUT_FREE || I32[(a + 4) >> 2] !== size) fail(when, `free-list chunk ${a} is not a FREE chunk of ${size} bytes`);
  });

  return { oldObjects, youngObjects, references };
}
