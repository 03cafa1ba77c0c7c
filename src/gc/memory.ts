/*
 * memory.ts — the one WebAssembly.Memory, its typed-array views, and the
 * static region at the bottom of the address space.
 *
 * Every heap object lives in a single `WebAssembly.Memory` with an explicit
 * maximum (DESIGN.md decision 1). The interpreter reads it through the views
 * below; compiled traces import the same Memory and read it with Wasm loads.
 *
 * Views. Growing a non-shared Memory detaches its ArrayBuffer: every old view
 * reads `undefined` (WASM-BACKEND.md §7). So the views are module-level
 * bindings of THIS module only, rebuilt by `refreshViews()` whenever the
 * memory grows; growth happens only inside `ensureCommitted()`. Nobody else
 * may keep a view in a variable or a field: read `I32`, `F64`, `U8` afresh
 * (ES module live bindings make that one property load). `generation` counts
 * growths, for a host that wants a cheap "did memory move" check.
 *
 * Hazard: in `I32[i] = f()` JavaScript evaluates `I32` BEFORE calling f, so
 * if f can grow the memory (any allocation) the store lands in the detached
 * buffer and is lost. Call first, then store: `const r = f(); I32[i] = r;`.
 *
 * Address map (all addresses are positive i32, so `addr >> 2` indexes I32;
 * the maximum heap is below 2 GiB):
 *
 *     0x00000   +----------------------------------------------+
 *               | control words (COLLECT_WANTED, NURSERY_TOP…)  |  64 B
 *     0x00040   | root area: compiled code spills refs here     |  ROOT_AREA_SLOTS words
 *               | handle stack: TS refs held across safepoints  |  HANDLE_SLOTS words
 *               | global root slots: frame chain, modules, …    |  GLOBAL_ROOT_SLOTS words
 *     0x10000   +----------------------------------------------+ NURSERY_START
 *               | nursery (bump allocation, young objects)      |  nurseryBytes
 *  nurseryEnd   +----------------------------------------------+ OLD_START
 *               | old space (mark-sweep, never moves)           |  grows up to oldTop
 *               | …committed but unused…                        |
 *  byteLength   +----------------------------------------------+
 *               | (reservable up to maxBytes)                   |
 *
 * Address 0 is null. No object lives below NURSERY_START, so "is young" is
 * simply `ref < nurseryEnd` for any non-null reference.
 *
 * initHeap commits the whole maximum at once (except in the exactGrowth debug mode): the OS maps
 * a page only when it is first written, so the untouched part costs address space, not memory,
 * and the views never change during a run. The interpreter relies on that (pinViews).
 */

/** Thrown when the heap cannot grow past its maximum: the interpreter turns it into MemoryError. */
export class GcOutOfMemory extends Error {
  constructor(public readonly requestedBytes: number) {
    super(`gc: out of memory (request of ${requestedBytes} bytes past the heap maximum)`);
    this.name = "GcOutOfMemory";
  }
}

/*
 * The project's tsconfig has no WebAssembly lib types (lib ES2022 + node), so
 * the little of the API used here is typed locally. The object is the real
 * WebAssembly.Memory and can be passed as an import to Wasm modules.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(deltaPages: number): number;
}
type WasmMemoryCtor = new (d: { initial: number; maximum?: number }) => WasmMemory;
const WasmMemoryClass = (globalThis as unknown as { WebAssembly: { Memory: WasmMemoryCtor } }).WebAssembly.Memory;

export const PAGE_BYTES = 65536;
/** Hard cap: addresses stay positive i32. */
export const MAX_HEAP_BYTES = 0x7fff0000;

// ---- control words (byte addresses; *_W are their I32 indexes) ----
/** Non-zero when a collection is wanted: bit 0 minor, bit 1 major. Checked at safepoints and loop headers. */
export const COLLECT_WANTED = 8;
export const COLLECT_WANTED_W = COLLECT_WANTED >> 2;
export const WANT_MINOR = 1;
export const WANT_MAJOR = 2;
/** Next free byte of the nursery. */
export const NURSERY_TOP = 12;
export const NURSERY_TOP_W = NURSERY_TOP >> 2;
/** Bump allocation may proceed up to here without the slow path (end of the zeroed part). */
export const NURSERY_LIMIT = 16;
export const NURSERY_LIMIT_W = NURSERY_LIMIT >> 2;
/** First byte past the nursery: a non-null reference r is young iff r < nurseryEnd. */
export const NURSERY_END = 20;
export const NURSERY_END_W = NURSERY_END >> 2;
/** Number of words compiled code has spilled into the root area. */
export const ROOT_AREA_COUNT = 24;
export const ROOT_AREA_COUNT_W = ROOT_AREA_COUNT >> 2;
/** Number of live handles. */
export const HANDLE_TOP = 28;
export const HANDLE_TOP_W = HANDLE_TOP >> 2;

export const ROOT_AREA_SLOTS = 4096;
export const ROOT_AREA_BASE = 64;
export const HANDLE_SLOTS = 4096;
export const HANDLE_BASE = ROOT_AREA_BASE + 4 * ROOT_AREA_SLOTS;
export const GLOBAL_ROOT_BASE = HANDLE_BASE + 4 * HANDLE_SLOTS;
export const NURSERY_START = 0x10000;
export const GLOBAL_ROOT_SLOTS = (NURSERY_START - GLOBAL_ROOT_BASE) >> 2;

// ---- the memory and its views: the only place that holds them ----
export let memory: WasmMemory = new WasmMemoryClass({ initial: 1, maximum: 1 });
export let I32 = new Int32Array(memory.buffer);
export let U8 = new Uint8Array(memory.buffer);
export let F64 = new Float64Array(memory.buffer);
/** Bytes currently committed (memory.buffer.byteLength). */
export let committedBytes = PAGE_BYTES;
/** The configured maximum, a multiple of PAGE_BYTES. */
export let maxBytes = PAGE_BYTES;
/** Bumped on every growth. */
export let generation = 0;
/** Debug: grow by exactly what is needed (many more growths, for stress tests). */
let exactGrowth = false;

/**
 * Set by pinViews(): someone keeps the views in locals (the interpreter's eval loop, see
 * scripts/lib/local-views.mjs), so the memory must not grow until the next createMemory.
 */
let viewsPinned = false;

/** From now until the next createMemory, growing the memory is an internal error. */
export function pinViews(): void {
  viewsPinned = true;
}

function refreshViews(): void {
  if (viewsPinned) throw new Error("gc: the memory grew while its views are pinned (initHeap commits the whole maximum unless exactGrowth)");
  const buf = memory.buffer;
  I32 = new Int32Array(buf);
  U8 = new Uint8Array(buf);
  F64 = new Float64Array(buf);
  committedBytes = buf.byteLength;
  generation++;
}

/** Create a fresh memory (drops the previous heap). */
export function createMemory(initialBytes: number, maximumBytes: number, exact = false): void {
  exactGrowth = exact;
  viewsPinned = false;
  const maxPages = Math.floor(Math.min(maximumBytes, MAX_HEAP_BYTES) / PAGE_BYTES);
  const initPages = Math.min(maxPages, Math.ceil(initialBytes / PAGE_BYTES));
  memory = new WasmMemoryClass({ initial: initPages, maximum: maxPages });
  maxBytes = maxPages * PAGE_BYTES;
  refreshViews();
}

/**
 * Make sure bytes [0, end) are committed. Grows by at least a quarter of the
 * current size to keep growth (and view rebuilds) rare. Returns false if `end`
 * is past the maximum or the host refuses; the heap is untouched then.
 */
export function ensureCommitted(end: number): boolean {
  if (end <= committedBytes) return true;
  if (end > maxBytes) return false;
  const cur = committedBytes / PAGE_BYTES;
  const need = Math.ceil(end / PAGE_BYTES) - cur;
  const maxPages = maxBytes / PAGE_BYTES;
  let want = exactGrowth ? need : Math.max(need, Math.ceil(cur / 4));
  if (cur + want > maxPages) want = maxPages - cur;
  try {
    memory.grow(want);
  } catch {
    try {
      memory.grow(need);
    } catch {
      return false;
    }
  }
  refreshViews();
  return true;
}
