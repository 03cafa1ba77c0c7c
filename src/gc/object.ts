/*
 * object.ts — sizes of objects and chunks, read from the header and the layout
 * tables. Used by the allocator, both collectors, identity and the verifier.
 *
 * A chunk's size is:
 *   FREE / RESERVED chunk:  word 1
 *   fixed layout:           layoutSize[id]
 *   var layout:             roundUp8(layoutSize[id] + length << elemShift)
 *                           + the card table if HAS_CARDS
 * The card table of a HAS_CARDS object sits right after its payload: one byte
 * per CARD_BYTES of the object (counted from the object start), padded to 8.
 */

import { CARD_BYTES, CARD_SHIFT, GCFLAG_HAS_CARDS, HDR_LAYOUT_MASK } from "./header.js";
import { KIND_NONE, LAYOUT_LAST_INTERNAL, layoutElemShift, layoutSize, layoutVarKind } from "./layouts.js";
import { I32 } from "./memory.js";

/** Var objects longer than this are refused (size must stay below 2^31). */
export const MAX_VAR_LENGTH = (1 << 28) - 1;

/** Size of a var object's header + payload, without cards. */
export function varSize(layout: number, length: number): number {
  return (layoutSize[layout] + length * (1 << layoutElemShift[layout]) + 7) & ~7;
}

export function cardTableBytes(baseSize: number): number {
  return (((baseSize + CARD_BYTES - 1) >> CARD_SHIFT) + 7) & ~7;
}

/** Size of the object without its card table. */
export function baseSize(obj: number): number {
  const id = I32[obj >> 2] & HDR_LAYOUT_MASK;
  if (id <= LAYOUT_LAST_INTERNAL) return I32[(obj + 4) >> 2];
  if (layoutVarKind[id] === KIND_NONE) return layoutSize[id];
  return (layoutSize[id] + (I32[(obj + 4) >> 2] << layoutElemShift[id]) + 7) & ~7;
}

/** Whole chunk size, card table included. */
export function chunkSize(obj: number): number {
  const s = baseSize(obj);
  if ((I32[obj >> 2] & GCFLAG_HAS_CARDS) !== 0) return s + cardTableBytes(s);
  return s;
}
