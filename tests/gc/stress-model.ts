/*
 * The randomized GC stress harness, shared by tests/gc/stress.test.ts (a few
 * seeds) and scripts/gc-stress.mjs (the long run).
 *
 * It builds and mutates a random object graph in the heap and, in parallel, a
 * shadow model of the same graph made of plain JS objects. Roots are global
 * root slots, handles and a root visitor's JS array. After every collection
 * it walks heap and model together from the roots and checks that they are
 * isomorphic (same shape, same payloads, same tagged ints, one address per
 * model node), that every id() taken earlier is unchanged (and, the object
 * now being old, equal to its address), and it runs the heap verifier.
 */

import * as gc from "../../src/gc/index.js";

type Slot = MNode | number | null; // number = a tagged-int word

interface MNode {
  kind: number;
  refs: Slot[]; // fixed refs then var refs, in heap order
  f64: number[];
  i32: number[];
  u8: number[];
  id: number; // recorded identity, 0 if never asked
}

const NODE = gc.defineLayout("StressNode", [
  ["a", "ref"],
  ["x", "f64"],
  ["b", "ref"],
  ["tag", "i32"],
]);
const LEAF = gc.defineLayout("StressLeaf", [
  ["x", "f64"],
  ["y", "f64"],
]);
const MIXED = gc.defineLayout(
  "StressMixed",
  [
    ["head", "ref"],
    ["n", "i32"],
  ],
  "ref",
);
const NODE_A = gc.fieldOffset(NODE, "a");
const NODE_B = gc.fieldOffset(NODE, "b");
const NODE_X = gc.fieldOffset(NODE, "x");
const NODE_TAG = gc.fieldOffset(NODE, "tag");
const LEAF_X = gc.fieldOffset(LEAF, "x");
const LEAF_Y = gc.fieldOffset(LEAF, "y");
const MIXED_HEAD = gc.fieldOffset(MIXED, "head");
const MIXED_N = gc.fieldOffset(MIXED, "n");
const MIXED_ITEMS = gc.varOffset(MIXED);
const ITEMS = gc.ARRAY_ITEMS;

const KINDS = [NODE, LEAF, MIXED, gc.REF_ARRAY, gc.F64_ARRAY, gc.BYTES, gc.I32_ARRAY];

/** Address of the i-th reference slot of a node of `kind`. */
function refSlot(kind: number, addr: number, i: number): number {
  if (kind === NODE) return addr + (i === 0 ? NODE_A : NODE_B);
  if (kind === MIXED) return i === 0 ? addr + MIXED_HEAD : addr + MIXED_ITEMS + 4 * (i - 1);
  return addr + ITEMS + 4 * i;
}

export interface StressOptions {
  seed: number;
  /** Stop after this many collections. */
  collections: number;
  nurseryBytes?: number;
  maxBytes?: number;
  /** Run the verifier before and after every collection (default true). */
  verify?: boolean;
  /** Grow the memory page by page (default true): many view refreshes. */
  exactGrowth?: boolean;
}

export interface StressResult {
  collections: number;
  minor: number;
  major: number;
  allocations: number;
  checkedNodes: number;
  idsChecked: number;
}

export function runStress(o: StressOptions): StressResult {
  let s = o.seed >>> 0 || 1;
  const rnd = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
  const ri = (n: number): number => Math.floor(rnd() * n);

  gc.initHeap({
    nurseryBytes: o.nurseryBytes ?? 64 * 1024,
    maxBytes: o.maxBytes ?? 64 << 20,
    minMajorBytes: 256 * 1024,
    torture: false,
    verify: false,
    exactGrowth: o.exactGrowth ?? true,
  });

  // roots: global slots, handles, visitor entries
  const N_SLOTS = 12;
  const N_HANDLES = 4;
  const N_EXT = 4;
  const slots: number[] = [];
  for (let i = 0; i < N_SLOTS; i++) slots.push(gc.allocRootSlot());
  const handles: number[] = [];
  for (let i = 0; i < N_HANDLES; i++) handles.push(gc.pushHandle(0));
  const ext = new Int32Array(N_EXT);
  gc.addRootVisitor((update) => {
    for (let i = 0; i < N_EXT; i++) ext[i] = update(ext[i]);
  });
  const nRoots = N_SLOTS + N_HANDLES + N_EXT;
  const rootModel: (MNode | null)[] = new Array(nRoots).fill(null);
  const getRootWord = (i: number): number =>
    i < N_SLOTS ? gc.getRoot(slots[i]) : i < N_SLOTS + N_HANDLES ? gc.getHandle(handles[i - N_SLOTS]) : ext[i - N_SLOTS - N_HANDLES];
  const setRootWord = (i: number, w: number): void => {
    if (i < N_SLOTS) gc.setRoot(slots[i], w);
    else if (i < N_SLOTS + N_HANDLES) gc.setHandle(handles[i - N_SLOTS], w);
    else ext[i - N_SLOTS - N_HANDLES] = w;
  };

  let addrOf = new Map<MNode, number>();
  let known: MNode[] = [];
  let allocations = 0;
  let checkedNodes = 0;
  let idsChecked = 0;
  let collections = 0;
  let minor = 0;
  let major = 0;

  const word = (v: Slot): number => (v === null ? 0 : typeof v === "number" ? v : addrOf.get(v)!);
  const randomSlot = (): Slot => {
    const r = rnd();
    if (r < 0.15 || known.length === 0) return null;
    if (r < 0.3) return gc.tagInt(ri(2001) - 1000);
    return known[ri(known.length)];
  };
  const randomLength = (): number => {
    const r = rnd();
    if (r < 0.02) return 4000 + ri(6000); // large: straight to old space (cards for ref arrays)
    if (r < 0.1) return 40 + ri(200);
    return ri(12);
  };

  function allocate(): MNode {
    const kind = KINDS[ri(KINDS.length)];
    const m: MNode = { kind, refs: [], f64: [], i32: [], u8: [], id: 0 };
    let a: number;
    if (kind === NODE) {
      a = gc.allocFixed(NODE);
      m.refs = [randomSlot(), randomSlot()];
      m.f64 = [rnd()];
      m.i32 = [ri(1 << 30)];
      gc.storeF64(a, NODE_X, m.f64[0]);
      gc.storeI32(a, NODE_TAG, m.i32[0]);
    } else if (kind === LEAF) {
      a = gc.allocFixed(LEAF);
      m.f64 = [rnd(), -rnd()];
      gc.storeF64(a, LEAF_X, m.f64[0]);
      gc.storeF64(a, LEAF_Y, m.f64[1]);
    } else if (kind === MIXED) {
      const n = randomLength();
      a = gc.allocVar(MIXED, n);
      m.refs = [randomSlot()];
      for (let i = 0; i < n; i++) m.refs.push(rnd() < 0.5 ? null : randomSlot());
      m.i32 = [n];
      gc.storeI32(a, MIXED_N, n);
    } else if (kind === gc.REF_ARRAY) {
      const n = randomLength();
      a = gc.allocVar(kind, n);
      for (let i = 0; i < n; i++) m.refs.push(rnd() < 0.5 ? null : randomSlot());
    } else if (kind === gc.F64_ARRAY) {
      const n = randomLength();
      a = gc.allocVar(kind, n);
      for (let i = 0; i < n; i++) gc.storeF64(a, ITEMS + 8 * i, (m.f64[i] = rnd() * 1e6));
    } else if (kind === gc.BYTES) {
      const n = randomLength();
      a = gc.allocVar(kind, n);
      for (let i = 0; i < n; i++) gc.storeU8(a, ITEMS + i, (m.u8[i] = ri(256)));
    } else {
      const n = randomLength();
      a = gc.allocVar(kind, n);
      for (let i = 0; i < n; i++) gc.storeI32(a, ITEMS + 4 * i, (m.i32[i] = ri(1 << 31) | 0));
    }
    // fresh object: no barrier needed, but use the barrier half the time to exercise both
    const fresh = rnd() < 0.5;
    for (let i = 0; i < m.refs.length; i++) {
      const w = word(m.refs[i]);
      if (w === 0) continue;
      if (fresh) gc.initRef(a, refSlot(kind, a, i) - a, w);
      else gc.storeRef(a, refSlot(kind, a, i) - a, w);
    }
    addrOf.set(m, a);
    known.push(m);
    allocations++;
    return m;
  }

  function storeInto(target: MNode, value: Slot): boolean {
    if (target.refs.length === 0) return false;
    const i = ri(target.refs.length);
    target.refs[i] = value;
    const a = addrOf.get(target)!;
    gc.storeRef(a, refSlot(target.kind, a, i) - a, word(value));
    return true;
  }

  function mutateStep(): void {
    const r = rnd();
    if (r < 0.45 || known.length === 0) {
      const m = allocate();
      const d = rnd();
      if (d < 0.1) {
        const i = ri(nRoots);
        rootModel[i] = m;
        setRootWord(i, addrOf.get(m)!);
      } else if (d < 0.5 && known.length > 1) {
        storeInto(known[ri(known.length)], m);
      } // else: dies young
    } else if (r < 0.75) {
      storeInto(known[ri(known.length)], randomSlot());
    } else if (r < 0.8) {
      const i = ri(nRoots);
      const m = rnd() < 0.3 ? null : known[ri(known.length)];
      rootModel[i] = m;
      setRootWord(i, m === null ? 0 : addrOf.get(m)!);
    } else if (r < 0.86) {
      const m = known[ri(known.length)];
      const a = addrOf.get(m)!;
      const id = gc.identityOf(a);
      if (m.id === 0) m.id = id;
      else if (m.id !== id) throw new Error(`stress seed ${o.seed}: id() changed from ${m.id} to ${id}`);
      idsChecked++;
    } else if (r < 0.95) {
      const m = known[ri(known.length)];
      const a = addrOf.get(m)!;
      if (m.kind === gc.F64_ARRAY && m.f64.length > 0) {
        const i = ri(m.f64.length);
        gc.storeF64(a, ITEMS + 8 * i, (m.f64[i] = -rnd()));
      } else if (m.kind === gc.BYTES && m.u8.length > 0) {
        const i = ri(m.u8.length);
        gc.storeU8(a, ITEMS + i, (m.u8[i] = ri(256)));
      } else if (m.kind === NODE) {
        gc.storeF64(a, NODE_X, (m.f64[0] = rnd() * 7));
      }
    } else {
      // a burst of short-lived garbage, sometimes enough to overflow the nursery
      const n = rnd() < 0.1 ? 3000 : 50;
      for (let i = 0; i < n; i++) {
        const a = gc.allocFixed(LEAF);
        gc.storeF64(a, LEAF_X, i);
      }
      allocations += n;
    }
  }

  function check(): void {
    const next = new Map<MNode, number>();
    const byAddr = new Map<number, MNode>();
    const stack: [MNode, number][] = [];
    const visit = (m: MNode, a: number, where: string): void => {
      const seen = next.get(m);
      if (seen !== undefined) {
        if (seen !== a) throw new Error(`stress seed ${o.seed}: ${where}: one node at two addresses ${seen}, ${a}`);
        return;
      }
      const other = byAddr.get(a);
      if (other !== undefined) throw new Error(`stress seed ${o.seed}: ${where}: two nodes at address ${a}`);
      next.set(m, a);
      byAddr.set(a, m);
      stack.push([m, a]);
    };
    const slotMatches = (v: Slot, w: number, where: string): void => {
      if (v === null) {
        if (w !== 0) throw new Error(`stress seed ${o.seed}: ${where}: expected null, heap has ${w}`);
      } else if (typeof v === "number") {
        if (w !== v) throw new Error(`stress seed ${o.seed}: ${where}: expected tagged ${v}, heap has ${w}`);
      } else {
        if (!gc.isRef(w)) throw new Error(`stress seed ${o.seed}: ${where}: expected a reference, heap has ${w}`);
        visit(v, w, where);
      }
    };
    for (let i = 0; i < nRoots; i++) {
      const m = rootModel[i];
      slotMatches(m, getRootWord(i), `root ${i}`);
    }
    while (stack.length > 0) {
      const [m, a] = stack.pop()!;
      checkedNodes++;
      const tid = gc.loadI32(a, 0) & gc.HDR_LAYOUT_MASK;
      if (tid !== m.kind) throw new Error(`stress seed ${o.seed}: node at ${a}: layout ${tid}, model ${m.kind}`);
      if (m.id !== 0) {
        if (m.id !== a || gc.identityOf(a) !== m.id) throw new Error(`stress seed ${o.seed}: node at ${a}: id() was ${m.id}`);
        idsChecked++;
      }
      for (let i = 0; i < m.refs.length; i++) slotMatches(m.refs[i], gc.loadRef(a, refSlot(m.kind, a, i) - a), `node ${a} ref ${i}`);
      const fail = (what: string): never => {
        throw new Error(`stress seed ${o.seed}: node at ${a} (${m.kind}): ${what} differs`);
      };
      if (m.kind === NODE) {
        if (gc.loadF64(a, NODE_X) !== m.f64[0] || gc.loadI32(a, NODE_TAG) !== m.i32[0]) fail("payload");
      } else if (m.kind === LEAF) {
        if (gc.loadF64(a, LEAF_X) !== m.f64[0] || gc.loadF64(a, LEAF_Y) !== m.f64[1]) fail("payload");
      } else if (m.kind === MIXED) {
        if (gc.varLength(a) !== m.refs.length - 1 || gc.loadI32(a, MIXED_N) !== m.i32[0]) fail("length");
      } else if (m.kind === gc.REF_ARRAY) {
        if (gc.varLength(a) !== m.refs.length) fail("length");
      } else if (m.kind === gc.F64_ARRAY) {
        if (gc.varLength(a) !== m.f64.length) fail("length");
        for (let i = 0; i < m.f64.length; i++) if (gc.loadF64(a, ITEMS + 8 * i) !== m.f64[i]) fail(`f64[${i}]`);
      } else if (m.kind === gc.BYTES) {
        if (gc.varLength(a) !== m.u8.length) fail("length");
        for (let i = 0; i < m.u8.length; i++) if (gc.loadU8(a, ITEMS + i) !== m.u8[i]) fail(`u8[${i}]`);
      } else {
        if (gc.varLength(a) !== m.i32.length) fail("length");
        for (let i = 0; i < m.i32.length; i++) if (gc.loadI32(a, ITEMS + 4 * i) !== m.i32[i]) fail(`i32[${i}]`);
      }
    }
    addrOf = next;
    known = [...next.keys()];
    if (o.verify !== false) gc.verifyHeap(`stress seed ${o.seed}, collection ${collections}`);
  }

  while (collections < o.collections) {
    const steps = 1 + ri(rnd() < 0.1 ? 400 : 40);
    for (let i = 0; i < steps; i++) mutateStep();
    const wanted = gc.loadI32(0, gc.COLLECT_WANTED);
    const r = rnd();
    if (wanted !== 0 || r < 0.5) {
      const doMajor = (wanted & gc.WANT_MAJOR) !== 0 || r < 0.04;
      if (o.verify !== false) gc.verifyHeap(`stress seed ${o.seed}, before collection ${collections}`);
      gc.collect(doMajor);
      collections++;
      minor++;
      if (doMajor) major++;
      check();
    }
  }
  return { collections, minor, major, allocations, checkedNodes, idsChecked };
}
