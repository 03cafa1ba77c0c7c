/*
 * barrier.ts — heap access primitives and the write barrier (RTS).
 *
 * All reads and writes of object fields go through these top-level functions
 * (the interpreter) or their Wasm equivalents (compiled traces): an address
 * plus a named offset constant. They are RTS: numbers in, numbers out, no
 * closures, no JS objects, views read afresh from memory.ts on every call.
 *
 * The write barrier (PyPy's, object-granular plus cards for big arrays).
 * An old object carries GCFLAG_TRACK_YOUNG while it is not in the remembered
 * set. storeRef tests that one bit after the store; only when it is set and
 * the stored word is a young reference does the slow path run:
 *   - ordinary object: clear TRACK_YOUNG, push the object on `remembered`
 *     (later stores into it cost one test and no call);
 *   - HAS_CARDS object (large reference array): mark the card covering the
 *     slot, and the first time push it (flag CARDS_SET); TRACK_YOUNG stays set
 *     so that stores into other cards are seen too.
 * A minor collection scans the remembered objects (only the marked cards of
 * carded ones), then sets TRACK_YOUNG again and empties the set.
 *
 * Young objects and objects allocated outside the nursery since the last
 * minor collection never carry TRACK_YOUNG, so stores into freshly allocated
 * objects need no barrier at all: initRef is a plain store, and the JIT may
 * drop the barrier on objects it allocated in the same trace.
 */

import { CARD_SHIFT, GCFLAG_CARDS_SET, GCFLAG_HAS_CARDS, GCFLAG_TRACK_YOUNG } from "./header.js";
import { F64, I32, U8 } from "./memory.js";
import { nurseryEnd } from "./nursery.js";
import { baseSize } from "./object.js";

export function loadI32(obj: number, offset: number): number {
  return I32[(obj + offset) >> 2];
}

export function storeI32(obj: number, offset: number, value: number): void {
  I32[(obj + offset) >> 2] = value;
}

/** A reference slot (a reference, null, or a tagged immediate). */
export function loadRef(obj: number, offset: number): number {
  return I32[(obj + offset) >> 2];
}

export function loadF64(obj: number, offset: number): number {
  return F64[(obj + offset) >> 3];
}

export function storeF64(obj: number, offset: number, value: number): void {
  F64[(obj + offset) >> 3] = value;
}

export function loadU8(obj: number, offset: number): number {
  return U8[obj + offset];
}

export function storeU8(obj: number, offset: number, value: number): void {
  U8[obj + offset] = value;
}

/** Element count of a var-sized object. */
export function varLength(obj: number): number {
  return I32[(obj + 4) >> 2];
}

/** Store into a reference slot, with the write barrier. */
export function storeRef(obj: number, offset: number, value: number): void {
  I32[(obj + offset) >> 2] = value;
  if ((I32[obj >> 2] & GCFLAG_TRACK_YOUNG) !== 0) writeBarrierSlow(obj, offset, value);
}

/** Store into a reference slot of an object allocated since the last safepoint: no barrier needed. */
export function initRef(obj: number, offset: number, value: number): void {
  I32[(obj + offset) >> 2] = value;
}

/** Old objects that may hold young references (see the essay above). */
export let remembered = new Int32Array(256);
export let rememberedCount = 0;

export function clearRemembered(): void {
  rememberedCount = 0;
}

function remember(obj: number): void {
  if (rememberedCount === remembered.length) {
    const b = new Int32Array(rememberedCount * 2);
    b.set(remembered);
    remembered = b;
  }
  remembered[rememberedCount++] = obj;
}

/** The barrier's slow path: a store into a TRACK_YOUNG object. Residual in traces. */
export function writeBarrierSlow(obj: number, offset: number, value: number): void {
  if (value === 0 || (value & 7) !== 0 || value >= nurseryEnd) return;
  const hdr = I32[obj >> 2];
  if ((hdr & GCFLAG_HAS_CARDS) !== 0) {
    U8[obj + baseSize(obj) + (offset >> CARD_SHIFT)] = 1;
    if ((hdr & GCFLAG_CARDS_SET) === 0) {
      I32[obj >> 2] = hdr | GCFLAG_CARDS_SET;
      remember(obj);
    }
  } else {
    I32[obj >> 2] = hdr & ~GCFLAG_TRACK_YOUNG;
    remember(obj);
  }
}
