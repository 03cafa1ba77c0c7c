/*
 * header.ts — the object header and the reference encoding.
 *
 * Every object starts at an 8-byte-aligned address with one header word.
 * Objects with a variable-length part keep the element count in the second
 * word; fixed-size objects use the second word for their first 4-byte field,
 * so a fixed object with 16 bytes of payload takes 4 + 16 -> 24 bytes.
 *
 *        byte 0                            byte 4                  byte 8
 *        +--------------------------------+-----------------------+----------
 *        | tid                            | length (var layouts)  | payload…
 *        |  31 .. 16    |   15 .. 0       |   or first 4-byte     |
 *        |  GC flags    |   layout id     |   field (fixed ones)  |
 *        +--------------------------------+-----------------------+----------
 *
 *   GC flags (bit 16 up):
 *     MARK         old object reached in the current major collection
 *     TRACK_YOUNG  old object NOT in the remembered set: the write barrier must
 *                  look at stores into it (PyPy's GCFLAG_TRACK_YOUNG_PTRS)
 *     HAS_SHADOW   young object whose id() was taken: it already owns its
 *                  future old-space address (the "shadow"), see identity.ts
 *     HAS_CARDS    large reference-holding object with a card table after its
 *                  payload (one byte per CARD_BYTES of the object)
 *     CARDS_SET    some card is marked and the object is in the remembered set
 *     FORWARDED    nursery object already copied out; word 1 = new address
 *
 *   Invariants: young objects (in the nursery) never have MARK, TRACK_YOUNG,
 *   HAS_CARDS. Old objects outside a collection have TRACK_YOUNG set unless
 *   they are remembered or were allocated outside the nursery since the last
 *   minor collection. FORWARDED only exists during a minor collection.
 *
 * Reference encoding (DESIGN.md decision 3). A 32-bit word in a reference
 * slot is a heap reference iff it is non-zero and its low three bits are 0
 * (objects are 8-byte aligned). Tagged small ints have the low bit 1
 * (value << 1 | 1, 31-bit signed). Patterns with low bit 0 and some of bits
 * 1..2 set are reserved for other immediates; the GC ignores them, as it
 * ignores tagged ints and 0 (null).
 */

export const HDR_LAYOUT_MASK = 0xffff;
export const GCFLAG_MARK = 1 << 16;
export const GCFLAG_TRACK_YOUNG = 1 << 17;
export const GCFLAG_HAS_SHADOW = 1 << 18;
export const GCFLAG_HAS_CARDS = 1 << 19;
export const GCFLAG_CARDS_SET = 1 << 20;
export const GCFLAG_FORWARDED = 1 << 21;
/** All flag bits. */
export const GCFLAG_MASK = ~HDR_LAYOUT_MASK;

/** Offset of the header word and of the length word of var-sized objects. */
export const HDR_TID = 0;
export const HDR_LENGTH = 4;

/** Bytes of object covered by one card byte. */
export const CARD_SHIFT = 9;
export const CARD_BYTES = 1 << CARD_SHIFT;

export const NULL = 0;

/** Is this word a heap reference (non-null, low three bits zero)? */
export function isRef(w: number): boolean {
  return w !== 0 && (w & 7) === 0;
}

export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;

/** Tag a small int (SMALL_INT_MIN..SMALL_INT_MAX). */
export function tagInt(n: number): number {
  return (n << 1) | 1;
}

export function isTaggedInt(w: number): boolean {
  return (w & 1) === 1;
}

export function untagInt(w: number): number {
  return w >> 1;
}
