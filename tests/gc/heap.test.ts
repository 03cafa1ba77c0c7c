import { afterEach, describe, expect, it } from "vitest";
import * as gc from "../../src/gc/index.js";

const PAIR = gc.defineLayout("TestPair", [
  ["head", "ref"],
  ["tail", "ref"],
]);
const PAIR_HEAD = gc.fieldOffset(PAIR, "head");
const PAIR_TAIL = gc.fieldOffset(PAIR, "tail");
const BOX16 = gc.defineLayout("TestBox16", [
  ["a", "f64"],
  ["b", "f64"],
]);
const REFS4 = gc.defineLayout("TestRefs4", [
  ["a", "ref"],
  ["b", "ref"],
  ["c", "ref"],
  ["d", "ref"],
]);
const FLOAT = gc.defineLayout("TestFloat", [["value", "f64"]]);
const FLOAT_VALUE = gc.fieldOffset(FLOAT, "value");
const MIXED = gc.defineLayout("TestMixed", [
  ["flags", "u8"],
  ["count", "i32"],
  ["x", "f64"],
  ["owner", "ref"],
]);

afterEach(() => {
  delete process.env.PYPYTS_GC_TORTURE;
});

describe("layouts", () => {
  it("places fields deterministically and exposes the ref offsets", () => {
    expect(PAIR_HEAD).toBe(4);
    expect(PAIR_TAIL).toBe(8);
    expect(gc.layoutSize[PAIR]).toBe(16);
    expect(gc.fieldOffset(MIXED, "count")).toBe(4);
    expect(gc.fieldOffset(MIXED, "x")).toBe(8);
    expect(gc.fieldOffset(MIXED, "owner")).toBe(16);
    expect(gc.fieldOffset(MIXED, "flags")).toBe(20);
    expect(gc.layoutSize[MIXED]).toBe(24);
    expect(gc.layoutRefCount[MIXED]).toBe(1);
    expect(gc.refOffsets[gc.layoutRefStart[MIXED]]).toBe(16);
    expect(gc.varOffset(gc.REF_ARRAY)).toBe(gc.ARRAY_ITEMS);
    expect(gc.varOffset(gc.F64_ARRAY)).toBe(8);
    expect(() => gc.fieldOffset(PAIR, "nope")).toThrow(/no field/);
    expect(() => gc.defineLayout("TestPair", [])).toThrow(/twice/);
  });

  it("meets the space targets", () => {
    gc.initHeap({ nurseryBytes: 1 << 20, maxBytes: 64 << 20 });
    // 16 bytes of payload -> at most 24 bytes
    for (const L of [BOX16, REFS4]) {
      const a = gc.allocFixed(L);
      const b = gc.allocFixed(L);
      expect(b - a).toBeLessThanOrEqual(24);
      expect(gc.chunkSize(a)).toBeLessThanOrEqual(24);
    }
    // 1,000,000 i32 -> 4 MB plus the header
    const arr = gc.allocVar(gc.I32_ARRAY, 1_000_000);
    expect(gc.chunkSize(arr)).toBe(4_000_000 + 8);
    expect(arr).toBeGreaterThanOrEqual(gc.nurseryEnd); // large: straight to old space
  });
});

describe("allocation", () => {
  it("returns zeroed objects, never collects, and raises the flag when the nursery is full", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 16 << 20, torture: false });
    expect(gc.loadI32(0, gc.COLLECT_WANTED)).toBe(0);
    const first = gc.allocFixed(PAIR);
    expect(first).toBe(gc.NURSERY_START);
    let nonZero = 0;
    for (let i = 0; i < 10_000; i++) {
      const p = gc.allocFixed(PAIR);
      if (gc.loadRef(p, PAIR_HEAD) !== 0 || gc.loadRef(p, PAIR_TAIL) !== 0) nonZero++;
      gc.initRef(p, PAIR_HEAD, gc.tagInt(i));
    }
    expect(nonZero).toBe(0);
    expect(gc.loadI32(0, gc.COLLECT_WANTED) & gc.WANT_MINOR).toBe(gc.WANT_MINOR);
    expect(gc.gcStats().minorCollections).toBe(0);
    gc.safepoint();
    expect(gc.gcStats().minorCollections).toBe(1);
    expect(gc.loadI32(0, gc.COLLECT_WANTED)).toBe(0);
    // the nursery is reused, and zeroed again lazily
    const p = gc.allocFixed(PAIR);
    expect(p).toBe(gc.NURSERY_START);
    expect(gc.loadRef(p, PAIR_HEAD)).toBe(0);
    gc.verifyHeap();
  });

  it("grows a large non-reference array in place when it is the old space's last allocation", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 64 << 20, torture: false });
    const root = gc.allocRootSlot();
    let a = gc.allocVar(gc.I32_ARRAY, 20_000); // > largeObjectBytes: straight to the old space
    gc.setRoot(root, a);
    for (let i = 0; i < 20_000; i++) gc.storeI32(a, gc.ARRAY_ITEMS + 4 * i, i);
    const used = gc.gcStats().oldUsedBytes;
    expect(gc.tryGrowVarInPlace(a, 50_000)).toBe(true);
    expect(gc.varLength(a)).toBe(50_000);
    expect(gc.gcStats().oldUsedBytes).toBe(used + 30_000 * 4);
    expect(gc.loadI32(a, gc.ARRAY_ITEMS + 4 * 19_999)).toBe(19_999);
    expect(gc.loadI32(a, gc.ARRAY_ITEMS + 4 * 49_999)).toBe(0);
    // not the last allocation any more, a reference array, or a young object: no
    gc.allocVar(gc.I32_ARRAY, 20_000);
    expect(gc.tryGrowVarInPlace(a, 60_000)).toBe(false);
    expect(gc.tryGrowVarInPlace(gc.allocVar(gc.REF_ARRAY, 20_000), 30_000)).toBe(false);
    expect(gc.tryGrowVarInPlace(gc.allocVar(gc.I32_ARRAY, 10), 20)).toBe(false);
    gc.collect(true);
    a = gc.getRoot(root);
    expect(gc.loadI32(a, gc.ARRAY_ITEMS + 4 * 19_999)).toBe(19_999);
    gc.verifyHeap();
  });

  it("commits the whole maximum at once, so the views never change during a run", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 64 << 20 });
    expect(gc.memory.buffer.byteLength).toBe(64 << 20);
    gc.pinViews();
    const gen = gc.generation;
    gc.allocVar(gc.F64_ARRAY, 4 << 20); // 32 MiB, inside the maximum: no growth
    expect(gc.generation).toBe(gen);
  });

  it("refuses to grow pinned views (debug growth mode)", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 64 << 20, exactGrowth: true });
    gc.pinViews();
    expect(() => gc.allocVar(gc.F64_ARRAY, 4 << 20)).toThrow(/views are pinned/);
  });

  it("keeps views valid across memory growth (debug growth mode)", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 256 << 20, exactGrowth: true });
    const slot = gc.allocRootSlot();
    const f = gc.allocFixed(FLOAT);
    gc.storeF64(f, FLOAT_VALUE, 2.5);
    gc.setRoot(slot, f);
    const gen = gc.generation;
    const big = gc.allocVar(gc.F64_ARRAY, 4 << 20); // 32 MiB: grows the memory
    expect(gc.generation).toBeGreaterThan(gen);
    gc.storeF64(big, gc.ARRAY_ITEMS + 8 * ((4 << 20) - 1), 7);
    expect(gc.loadF64(big, gc.ARRAY_ITEMS + 8 * ((4 << 20) - 1))).toBe(7);
    expect(gc.loadF64(f, FLOAT_VALUE)).toBe(2.5);
    expect(gc.U8.length).toBe(gc.memory.buffer.byteLength);
  });
});

describe("roots and identity", () => {
  it("updates root slots, handles, the root area and visitors", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 16 << 20 });
    const mk = (v: number): number => {
      const f = gc.allocFixed(FLOAT);
      gc.storeF64(f, FLOAT_VALUE, v);
      return f;
    };
    const slot = gc.allocRootSlot();
    gc.setRoot(slot, mk(1));
    const h = gc.pushHandle(mk(2));
    gc.storeI32(gc.ROOT_AREA_BASE, 0, mk(3));
    gc.rootAreaSet(1);
    const ext = new Int32Array([mk(4), gc.tagInt(-5), 0]);
    gc.addRootVisitor((update) => {
      for (let i = 0; i < ext.length; i++) ext[i] = update(ext[i]);
    });
    mk(99); // garbage
    gc.collect(false);
    const vals = [gc.getRoot(slot), gc.getHandle(h), gc.loadI32(gc.ROOT_AREA_BASE, 0), ext[0]];
    for (const v of vals) expect(v).toBeGreaterThanOrEqual(gc.nurseryEnd);
    expect(vals.map((v) => gc.loadF64(v, FLOAT_VALUE))).toEqual([1, 2, 3, 4]);
    expect(ext[1]).toBe(gc.tagInt(-5));
    gc.collect(true);
    expect(gc.gcStats().liveAfterLastMajor).toBe(4 * 16);
    gc.popHandles(h);
    gc.rootAreaSet(0);
    gc.collect(true);
    expect(gc.gcStats().liveAfterLastMajor).toBe(2 * 16);
  });

  it("keeps id() stable when a young object moves, and frees shadows of the dead", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 16 << 20 });
    const slot = gc.allocRootSlot();
    const p = gc.allocFixed(PAIR);
    gc.setRoot(slot, p);
    const id = gc.identityOf(p);
    expect(id).not.toBe(p);
    expect(gc.identityOf(p)).toBe(id);
    expect(gc.identityHash(p)).toBe(id >>> 3);
    const dead = gc.allocFixed(PAIR);
    gc.identityOf(dead);
    const usedBefore = gc.gcStats().oldUsedBytes;
    gc.verifyHeap();
    gc.collect(false);
    expect(gc.getRoot(slot)).toBe(id);
    expect(gc.identityOf(gc.getRoot(slot))).toBe(id);
    expect(gc.gcStats().oldUsedBytes).toBe(usedBefore - 16); // the dead one's shadow is free again
    gc.verifyHeap();
  });
});

describe("write barrier", () => {
  it("remembers old objects that receive young references, and large arrays by card", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 16 << 20 });
    const slot = gc.allocRootSlot();
    const old = gc.allocFixed(PAIR);
    gc.setRoot(slot, old);
    gc.collect(false);
    const o = gc.getRoot(slot);
    expect(gc.loadI32(o, 0) & gc.GCFLAG_TRACK_YOUNG).not.toBe(0);
    const young = gc.allocFixed(FLOAT);
    gc.storeF64(young, FLOAT_VALUE, 42);
    gc.storeRef(o, PAIR_TAIL, young);
    expect(gc.loadI32(o, 0) & gc.GCFLAG_TRACK_YOUNG).toBe(0);
    gc.verifyHeap();
    gc.collect(false);
    expect(gc.loadF64(gc.loadRef(o, PAIR_TAIL), FLOAT_VALUE)).toBe(42);

    const big = gc.allocVar(gc.REF_ARRAY, 100_000);
    expect(gc.loadI32(big, 0) & gc.GCFLAG_HAS_CARDS).not.toBe(0);
    gc.storeRef(o, PAIR_HEAD, big);
    gc.collect(false);
    const y2 = gc.allocFixed(FLOAT);
    gc.storeF64(y2, FLOAT_VALUE, 43);
    gc.storeRef(big, gc.ARRAY_ITEMS + 4 * 77_777, y2);
    expect(gc.loadI32(big, 0) & gc.GCFLAG_CARDS_SET).not.toBe(0);
    gc.verifyHeap();
    gc.collect(true);
    expect(gc.loadF64(gc.loadRef(big, gc.ARRAY_ITEMS + 4 * 77_777), FLOAT_VALUE)).toBe(43);
    gc.verifyHeap();
  });

  it("the verifier catches a store that skipped the barrier", () => {
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 16 << 20 });
    const slot = gc.allocRootSlot();
    gc.setRoot(slot, gc.allocFixed(PAIR));
    gc.collect(false);
    gc.storeI32(gc.getRoot(slot), PAIR_HEAD, gc.allocFixed(PAIR)); // raw store: no barrier
    expect(() => gc.verifyHeap()).toThrow(/not remembered/);
  });
});

describe("out of memory", () => {
  it("is a catchable GcOutOfMemory and leaves a usable heap", () => {
    gc.initHeap({ nurseryBytes: 256 * 1024, maxBytes: 4 << 20 });
    const slot = gc.allocRootSlot();
    let list = 0;
    let caught: unknown = null;
    try {
      for (let i = 0; i < 1_000_000; i++) {
        const p = gc.allocVar(gc.REF_ARRAY, 62);
        gc.initRef(p, gc.ARRAY_ITEMS, list);
        list = p;
        gc.setRoot(slot, list);
        gc.safepoint();
        list = gc.getRoot(slot);
      }
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(gc.GcOutOfMemory);
    gc.verifyHeap();
    expect(() => gc.allocVar(gc.BYTES, 8 << 20)).toThrow(gc.GcOutOfMemory);
    expect(() => gc.allocVar(gc.BYTES, -1)).toThrow(gc.GcOutOfMemory);
    gc.setRoot(slot, 0);
    gc.collect(true);
    gc.verifyHeap();
    const p = gc.allocFixed(PAIR);
    gc.setRoot(slot, p);
    gc.collect(true);
    expect(gc.gcStats().liveAfterLastMajor).toBe(16);
  });
});

describe("modes and stats", () => {
  it("torture mode collects at every safepoint", () => {
    process.env.PYPYTS_GC_TORTURE = "1";
    gc.initHeap({ nurseryBytes: 64 * 1024, maxBytes: 16 << 20, verify: true });
    const slot = gc.allocRootSlot();
    for (let i = 0; i < 20; i++) {
      const p = gc.allocFixed(PAIR);
      gc.initRef(p, PAIR_TAIL, gc.getRoot(slot));
      gc.setRoot(slot, p);
      gc.safepoint();
    }
    const s = gc.gcStats();
    expect(s.minorCollections).toBe(20);
    expect(s.majorCollections).toBe(20 / gc.TORTURE_MAJOR_EVERY);
    expect(s.liveAfterLastMajor).toBe(20 * 16);
    expect(gc.formatGcStats()).toMatch(/minor collections 20, major collections 5/);
  });
});
