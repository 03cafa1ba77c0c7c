/*
 * layouts.ts — the layout registry: what the GC knows about an object.
 *
 * A layout says how big an object is and where its references are, nothing
 * about what it means. Each layout is declared once, by one `defineLayout`
 * call whose result is the named layout-id constant, and its field offsets are
 * read once into named constants with `fieldOffset` — the interpreter, the
 * codewriter and the Wasm backend all use those constants (the codewriter
 * treats module-level `const`s of src/gc as compile-time constants).
 *
 * A layout is a list of fixed fields (kind ref | i32 | f64 | u8) plus an
 * optional variable part: an array of one kind whose element count is in the
 * header's second word (see header.ts).
 *
 * Field placement (deterministic, so offsets never depend on anything else):
 *   fixed layout:  word at offset 4 takes the first 4-byte field (ref or i32);
 *   var layout:    offset 4 is the length, fields start at 8;
 *   then every f64 field (8-aligned), then the remaining 4-byte fields in
 *   declaration order, then u8 fields. The variable part starts after the
 *   fixed fields, aligned to its element size (8 for f64). Sizes round up to
 *   8; the smallest object is 8 bytes (room for a forwarding address).
 *
 * The collector reads the typed-array tables below (layoutSize, layoutVarKind,
 * layoutElemShift, layoutRefStart/Count into refOffsets). They are written
 * only by defineLayout and never change after a layout is defined.
 *
 * Ids 0 and 1 are the GC's own chunk kinds (free chunk, reserved shadow); their
 * second word is the chunk size in bytes.
 */

import { HDR_LAYOUT_MASK } from "./header.js";

export type FieldKindName = "ref" | "i32" | "f64" | "u8";

export const KIND_NONE = 0;
export const KIND_REF = 1;
export const KIND_I32 = 2;
export const KIND_F64 = 3;
export const KIND_U8 = 4;

const KIND_BY_NAME: Record<FieldKindName, number> = { ref: KIND_REF, i32: KIND_I32, f64: KIND_F64, u8: KIND_U8 };
const SHIFT_BY_KIND = [0, 2, 2, 3, 0];

export interface LayoutInfo {
  readonly id: number;
  readonly name: string;
  /** Field name -> byte offset from the object start. */
  readonly offsets: ReadonlyMap<string, number>;
  readonly fields: ReadonlyArray<readonly [string, FieldKindName]>;
  readonly varKind: FieldKindName | null;
}

const MAX_LAYOUTS = HDR_LAYOUT_MASK + 1;
let capacity = 256;
/** Fixed layouts: total size in bytes (rounded to 8). Var layouts: offset of the variable part. */
export let layoutSize = new Int32Array(capacity);
/** KIND_* of the variable part, KIND_NONE for fixed-size layouts. */
export let layoutVarKind = new Int32Array(capacity);
/** log2 of the element size of the variable part. */
export let layoutElemShift = new Int32Array(capacity);
/** Fixed reference fields of layout L are refOffsets[layoutRefStart[L] .. + layoutRefCount[L]]. */
export let layoutRefStart = new Int32Array(capacity);
export let layoutRefCount = new Int32Array(capacity);
export let refOffsets = new Int32Array(256);
let refOffsetsUsed = 0;

const infos: LayoutInfo[] = [];
const byName = new Map<string, LayoutInfo>();

function growTables(): void {
  const n = capacity * 2;
  const g = (a: Int32Array): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(n);
    b.set(a);
    return b;
  };
  layoutSize = g(layoutSize);
  layoutVarKind = g(layoutVarKind);
  layoutElemShift = g(layoutElemShift);
  layoutRefStart = g(layoutRefStart);
  layoutRefCount = g(layoutRefCount);
  capacity = n;
}

/**
 * Define a layout; returns its id. Names are unique. Call at module load,
 * before the first object of the layout is allocated.
 */
export function defineLayout(
  name: string,
  fields: ReadonlyArray<readonly [string, FieldKindName]>,
  varKind: FieldKindName | null = null,
): number {
  if (byName.has(name)) throw new Error(`gc: layout ${name} defined twice`);
  const id = infos.length;
  if (id >= MAX_LAYOUTS) throw new Error("gc: too many layouts");
  if (id >= capacity) growTables();

  const offsets = new Map<string, number>();
  const place = (fname: string, off: number): void => {
    if (offsets.has(fname)) throw new Error(`gc: layout ${name}: field ${fname} twice`);
    offsets.set(fname, off);
  };
  const four = fields.filter(([, k]) => k === "ref" || k === "i32");
  let pos = 8;
  let first = 0;
  if (varKind === null && four.length > 0) {
    place(four[0][0], 4);
    first = 1;
  }
  for (const [f, k] of fields) {
    if (k === "f64") {
      place(f, pos);
      pos += 8;
    }
  }
  for (let i = first; i < four.length; i++) {
    place(four[i][0], pos);
    pos += 4;
  }
  for (const [f, k] of fields) {
    if (k === "u8") {
      place(f, pos);
      pos += 1;
    }
  }
  const end = pos;

  const refs = fields.filter(([, k]) => k === "ref").map(([f]) => offsets.get(f)!);
  if (refOffsetsUsed + refs.length > refOffsets.length) {
    const b = new Int32Array(Math.max(refOffsets.length * 2, refOffsetsUsed + refs.length));
    b.set(refOffsets);
    refOffsets = b;
  }
  layoutRefStart[id] = refOffsetsUsed;
  layoutRefCount[id] = refs.length;
  for (const r of refs) refOffsets[refOffsetsUsed++] = r;

  if (varKind === null) {
    layoutVarKind[id] = KIND_NONE;
    layoutElemShift[id] = 0;
    layoutSize[id] = Math.max(8, (end + 7) & ~7);
  } else {
    const kind = KIND_BY_NAME[varKind];
    const shift = SHIFT_BY_KIND[kind];
    const align = 1 << shift;
    layoutVarKind[id] = kind;
    layoutElemShift[id] = shift;
    layoutSize[id] = (end + align - 1) & ~(align - 1);
  }
  const info: LayoutInfo = { id, name, offsets, fields: fields.slice(), varKind };
  infos.push(info);
  byName.set(name, info);
  return id;
}

/** Byte offset of a field; throws on an unknown name (a typo must not become offset 0). */
export function fieldOffset(layout: number, field: string): number {
  const off = infos[layout]?.offsets.get(field);
  if (off === undefined) throw new Error(`gc: layout ${infos[layout]?.name ?? layout} has no field ${field}`);
  return off;
}

/** Offset of the variable part of a var-sized layout. */
export function varOffset(layout: number): number {
  if (layoutVarKind[layout] === KIND_NONE) throw new Error(`gc: layout ${infos[layout].name} is fixed-size`);
  return layoutSize[layout];
}

export function layoutInfo(layout: number): LayoutInfo {
  return infos[layout];
}

export function layoutByName(name: string): LayoutInfo | undefined {
  return byName.get(name);
}

export function layoutCount(): number {
  return infos.length;
}

// ---------------------------------------------------------------------------
// The layout table. GC-internal chunk kinds first, then generic arrays; the
// interpreter's layouts are added with defineLayout in the same way.
// ---------------------------------------------------------------------------

/** A free chunk of old space; word 1 = size in bytes. */
export const LAYOUT_FREE = defineLayout("<free>", [["size", "i32"]]);
/** Old space reserved as the future home of a young object whose id() was taken; word 1 = size. */
export const LAYOUT_RESERVED = defineLayout("<reserved>", [["size", "i32"]]);
/** Ids at or below this are GC chunk kinds, not objects. */
export const LAYOUT_LAST_INTERNAL = LAYOUT_RESERVED;

export const REF_ARRAY = defineLayout("RefArray", [], "ref");
export const I32_ARRAY = defineLayout("I32Array", [], "i32");
export const F64_ARRAY = defineLayout("F64Array", [], "f64");
export const BYTES = defineLayout("Bytes", [], "u8");
/** All four generic arrays keep their length at 4 and their items from 8. */
export const ARRAY_LENGTH = 4;
export const ARRAY_ITEMS = 8;
