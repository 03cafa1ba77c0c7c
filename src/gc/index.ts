/*
 * src/gc — the heap in WebAssembly linear memory and its generational,
 * precise collector. Public API; see the essays at the top of each file:
 *
 *   memory.ts    the Memory, the views, the address map, GcOutOfMemory
 *   header.ts    the object header (diagram), GC flags, reference encoding
 *   layouts.ts   the layout registry and table, field offsets
 *   object.ts    object and chunk sizes
 *   alloc.ts     allocation fast paths (RTS) and the overflow/large path
 *   nursery.ts   the bump region, lazy zeroing
 *   oldspace.ts  the non-moving old-space allocator and its reserve
 *   barrier.ts   loads, stores, the write barrier, the remembered set (RTS)
 *   roots.ts     root slots, handle stack, root area, root visitors
 *   identity.ts  id()/hash() for moving objects (shadows)
 *   minor.ts     nursery evacuation
 *   major.ts     mark-sweep of the old space
 *   collect.ts   safepoint(), policy, torture and verify modes
 *   verify.ts    the heap verifier
 *   stats.ts     --gc-stats
 *   heap.ts      initHeap()
 */

export * from "./alloc.js";
export * from "./barrier.js";
export * from "./collect.js";
export * from "./header.js";
export * from "./heap.js";
export { identityHash, identityOf } from "./identity.js";
export * from "./layouts.js";
export * from "./memory.js";
export { nurseryBytes, nurseryEnd } from "./nursery.js";
export { MAX_VAR_LENGTH, chunkSize } from "./object.js";
export { oldStart, oldTop } from "./oldspace.js";
export * from "./roots.js";
export * from "./stats.js";
export * from "./verify.js";
