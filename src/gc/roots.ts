/*
 * roots.ts — the precise root set.
 *
 * Collections happen only at safepoints, and at a safepoint every live
 * reference is in one of these places (DESIGN.md decision 2):
 *
 *   1. Global root slots (static region, GLOBAL_ROOT_BASE…): one i32 word each,
 *      handed out by allocRootSlot(). The interpreter keeps its frame chain
 *      (the current frame object), module table, builtins… here.
 *   2. The handle stack (HANDLE_BASE, HANDLE_TOP word): for the rare reference
 *      that TypeScript code must hold across a safepoint. Push, collect, read
 *      back the (possibly moved) reference, pop.
 *   3. The root area (ROOT_AREA_BASE, ROOT_AREA_COUNT word): compiled code
 *      spills its live references here before calling the collector.
 *   4. Root visitors: callbacks for references kept in JS-side structures
 *      (say a frame stack in an Int32Array). Each visitor passes every
 *      reference it holds to `update` and stores the result back.
 *
 * All slots live in linear memory, so Wasm and TS see the same words, and the
 * collector rewrites them in place when objects move. Unused slots are 0.
 * A slot may hold any word: non-references (tagged ints, null) are skipped.
 */

import {
  GLOBAL_ROOT_BASE,
  GLOBAL_ROOT_SLOTS,
  HANDLE_BASE,
  HANDLE_SLOTS,
  HANDLE_TOP_W,
  I32,
  ROOT_AREA_BASE,
  ROOT_AREA_COUNT_W,
  ROOT_AREA_SLOTS,
} from "./memory.js";

export type RootVisitor = (update: (ref: number) => number) => void;

let rootSlotHigh = 0;
let freeRootSlots: number[] = [];
const visitors: RootVisitor[] = [];

export function rootsReset(): void {
  rootSlotHigh = 0;
  freeRootSlots = [];
  visitors.length = 0;
  I32[HANDLE_TOP_W] = 0;
  I32[ROOT_AREA_COUNT_W] = 0;
}

/** A global root slot: returns its byte address (holding 0). */
export function allocRootSlot(): number {
  const f = freeRootSlots.pop();
  if (f !== undefined) return f;
  if (rootSlotHigh === GLOBAL_ROOT_SLOTS) throw new Error("gc: out of global root slots");
  return GLOBAL_ROOT_BASE + 4 * rootSlotHigh++;
}

export function freeRootSlot(addr: number): void {
  I32[addr >> 2] = 0;
  freeRootSlots.push(addr);
}

export function getRoot(addr: number): number {
  return I32[addr >> 2];
}

export function setRoot(addr: number, ref: number): void {
  I32[addr >> 2] = ref;
}

// ---- handle stack (RTS) ----

/** Push a reference; returns its handle index. */
export function pushHandle(ref: number): number {
  const i = I32[HANDLE_TOP_W];
  if (i === HANDLE_SLOTS) throw new Error("gc: handle stack overflow");
  I32[(HANDLE_BASE >> 2) + i] = ref;
  I32[HANDLE_TOP_W] = i + 1;
  return i;
}

/** The current value of handle i (updated by collections). */
export function getHandle(i: number): number {
  return I32[(HANDLE_BASE >> 2) + i];
}

export function setHandle(i: number, ref: number): void {
  I32[(HANDLE_BASE >> 2) + i] = ref;
}

/** Pop back to `mark` (a value returned by handleMark or pushHandle). */
export function popHandles(mark: number): void {
  for (let i = mark; i < I32[HANDLE_TOP_W]; i++) I32[(HANDLE_BASE >> 2) + i] = 0;
  I32[HANDLE_TOP_W] = mark;
}

export function handleMark(): number {
  return I32[HANDLE_TOP_W];
}

// ---- root area for compiled code ----

/** Spill from TS (compiled code writes the words and the count itself). */
export function rootAreaSet(count: number): void {
  if (count > ROOT_AREA_SLOTS) throw new Error("gc: root area overflow");
  I32[ROOT_AREA_COUNT_W] = count;
}

// ---- visitors ----

export function addRootVisitor(v: RootVisitor): void {
  visitors.push(v);
}

export function removeRootVisitor(v: RootVisitor): void {
  const i = visitors.indexOf(v);
  if (i >= 0) visitors.splice(i, 1);
}

/**
 * For the collectors: call `slot(addr)` for every root word in linear memory
 * and `update` through every visitor.
 */
export function forEachRoot(slot: (addr: number) => void, update: (ref: number) => number): void {
  const ra = Math.min(I32[ROOT_AREA_COUNT_W], ROOT_AREA_SLOTS);
  for (let i = 0; i < ra; i++) slot(ROOT_AREA_BASE + 4 * i);
  const h = I32[HANDLE_TOP_W];
  for (let i = 0; i < h; i++) slot(HANDLE_BASE + 4 * i);
  for (let i = 0; i < rootSlotHigh; i++) slot(GLOBAL_ROOT_BASE + 4 * i);
  for (const v of visitors) v(update);
}
