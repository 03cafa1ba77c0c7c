/*
 * identity.ts — stable identity (Python's id() and default hash()) for
 * objects that move.
 *
 * Old objects never move (mark-sweep), so their identity is their address.
 * A young object moves exactly once, when a minor collection copies it out;
 * so the first time its identity is asked for, we allocate its future home
 * in the old space right away (the "shadow", PyPy's scheme) and answer with
 * that address. The minor collection then copies the object INTO its shadow
 * instead of a fresh chunk, and the identity never changes.
 *
 *   young obj  [tid|HAS_SHADOW][...]  ── shadows map ──►  [RESERVED|size] in old space
 *   after the minor collection:                          [tid|TRACK_YOUNG][...] (same address)
 *
 * The map from young address to shadow is the GC's own bookkeeping, emptied
 * by every minor collection; shadows of young objects that died are freed
 * then. A RESERVED chunk carries its size in word 1 so the old space stays
 * walkable, and it holds no references.
 *
 * Identities are 8-byte aligned and unique among live objects; like CPython's
 * they may be reused after an object dies. identityHash is id >> 3.
 */

import { GCFLAG_HAS_SHADOW } from "./header.js";
import { LAYOUT_RESERVED } from "./layouts.js";
import { GcOutOfMemory, I32 } from "./memory.js";
import { nurseryEnd } from "./nursery.js";
import { chunkSize } from "./object.js";
import { oldAlloc, oldFree } from "./oldspace.js";

export const shadows = new Map<number, number>();

/** Stable identity of an object: an address that never changes while it lives. */
export function identityOf(obj: number): number {
  if (obj >= nurseryEnd) return obj;
  const hdr = I32[obj >> 2];
  if ((hdr & GCFLAG_HAS_SHADOW) !== 0) return shadows.get(obj)!;
  const size = chunkSize(obj);
  const sh = oldAlloc(size, false);
  if (sh === 0) throw new GcOutOfMemory(size);
  I32[sh >> 2] = LAYOUT_RESERVED;
  I32[(sh + 4) >> 2] = size;
  shadows.set(obj, sh);
  I32[obj >> 2] = hdr | GCFLAG_HAS_SHADOW;
  return sh;
}

/** Default hash: the identity without its always-zero low bits. */
export function identityHash(obj: number): number {
  return identityOf(obj) >>> 3;
}

/** End of a minor collection: free the shadows of objects that died. `alive(young)` says if it was copied. */
export function releaseShadows(alive: (young: number) => boolean): void {
  for (const [young, sh] of shadows) {
    if (!alive(young)) oldFree(sh, I32[(sh + 4) >> 2]);
  }
  shadows.clear();
}
