/*
 * items.ts — subscripts, slices, membership and unary operators of the builtin types.
 * Messages are CPython's ("list index out of range", "'NoneType' object is not subscriptable").
 */

import { allocFixed, getHandle, handleMark, initRef, isTaggedInt, loadRef, popHandles, pushHandle } from "../../gc/index.js";
import { E, raise, raiseWith } from "../exceptions.js";
import * as L from "../layouts.js";
import { dictContains, dictDelete, dictGet, dictSet } from "../objects/dict.js";
import { newFloat } from "../objects/float.js";
import { intValue, layoutOf, newIntFrom } from "../objects/int.js";
import { isUserObject, userContains, userGetItem, userIndex, userSetItem, userUnaryOp } from "../classes.js";
import { listGet, listItems, listLen, listReplace, listSet, newListFrom } from "../objects/list.js";
import { strCharAt, strLen, strSlice, strToJs } from "../objects/str.js";
import { newTuple, tupleGet, tupleLen } from "../objects/tuple.js";
import { boolRef, noneRef } from "../state.js";
import { typeName } from "../types.js";
import { kindOf, numValue, pyEq } from "./compare.js";
import { getIterSlow, iterNextSlow, iterToArray } from "./iter.js";
import { newStrFromCodePoints } from "../objects/str.js";

export function newSliceObj(a: number, b: number, c: number): number {
  const s = allocFixed(L.L_SLICE);
  initRef(s, L.SLICE_START, a);
  initRef(s, L.SLICE_STOP, b);
  initRef(s, L.SLICE_STEP, c);
  return s;
}

function isIntKind(w: number): boolean {
  const l = kindOf(w);
  return l === L.L_INT || l === L.L_LONG || l === L.L_BOOL;
}

/** w, or its __index__ for an object of a user class that has one (else w). */
export function asIndex(w: number): number {
  if (!isUserObject(w)) return w;
  const r = userIndex(w);
  return r !== 0 ? r : w;
}

/** An index operand as a JS number (huge values clamp, as CPython's slice clamping does). */
function indexValue(w: number, what: string): number {
  const v = asIndex(w);
  if (!isIntKind(v)) raise(E.TypeError, what);
  return Number(intValue(v));
}

/** slice.indices(len): start, step, count. */
export function sliceIndices(sl: number, len: number): [number, number, number] {
  const none = noneRef();
  const stepW = loadRef(sl, L.SLICE_STEP);
  const msg = "slice indices must be integers or None or have an __index__ method";
  const step = stepW === none ? 1 : indexValue(stepW, msg);
  if (step === 0) raise(E.ValueError, "slice step cannot be zero");
  const startW = loadRef(sl, L.SLICE_START);
  const stopW = loadRef(sl, L.SLICE_STOP);
  const clamp = (v: number, lo: number, hi: number) => (v < lo ? lo : v > hi ? hi : v);
  let start: number;
  let stop: number;
  if (step > 0) {
    start = startW === none ? 0 : indexValue(startW, msg);
    stop = stopW === none ? len : indexValue(stopW, msg);
    start = start < 0 ? clamp(start + len, 0, len) : clamp(start, 0, len);
    stop = stop < 0 ? clamp(stop + len, 0, len) : clamp(stop, 0, len);
  } else {
    start = startW === none ? len - 1 : indexValue(startW, msg);
    stop = stopW === none ? -1 : indexValue(stopW, msg);
    start = start < 0 ? clamp(start + len, -1, len - 1) : clamp(start, -1, len - 1);
    stop = stop < 0 ? (stopW === none ? -1 : clamp(stop + len, -1, len - 1)) : clamp(stop, -1, len - 1);
  }
  const count = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return [start, step, count];
}

/** `what` names the operation in the IndexError ("list assignment" for stores and deletes). */
function seqIndex(key: number, len: number, kind: string, what = kind): number {
  const k = asIndex(key);
  if (!isIntKind(k)) raise(E.TypeError, `${kind} indices must be integers or slices, not ${typeName(key)}`);
  let i = Number(intValue(k));
  if (i < 0) i += len;
  if (i < 0 || i >= len) raise(E.IndexError, `${what} index out of range`);
  return i;
}

import { classGetItem } from "../typeprotocols.js";
import { bytesData, bytesLatin1, newByteArray, newBytes } from "../objects/bytes.js";

export function getItemSlow(obj: number, key: number): number {
  if (isUserObject(obj)) return userGetItem(obj, key);
  const isSlice = !isTaggedInt(key) && layoutOf(key) === L.L_SLICE;
  switch (kindOf(obj)) {
    case L.L_LIST: {
      if (isSlice) {
        const [start, step, n] = sliceIndices(key, listLen(obj));
        const out: number[] = [];
        for (let i = 0, j = start; i < n; i++, j += step) out.push(listGet(obj, j));
        return newListFrom(out);
      }
      return listGet(obj, seqIndex(key, listLen(obj), "list"));
    }
    case L.L_TUPLE: {
      if (isSlice) {
        const [start, step, n] = sliceIndices(key, tupleLen(obj));
        const out: number[] = [];
        for (let i = 0, j = start; i < n; i++, j += step) out.push(tupleGet(obj, j));
        return newTuple(out);
      }
      return tupleGet(obj, seqIndex(key, tupleLen(obj), "tuple"));
    }
    case L.L_STR: {
      if (isSlice) {
        const [start, step, n] = sliceIndices(key, strLen(obj));
        return strSlice(obj, start, step, n);
      }
      if (!isIntKind(asIndex(key))) raise(E.TypeError, `string indices must be integers, not '${typeName(key)}'`);
      return newStrFromCodePoints([strCharAt(obj, seqIndex(key, strLen(obj), "string"))]);
    }
    case L.L_DICT: {
      const v = dictGet(obj, key);
      if (v === 0) raiseWith(E.KeyError, key);
      return v;
    }
    case L.L_RANGE: {
      const start = numValue(loadRef(obj, L.RANGE_START)) as number;
      const step = numValue(loadRef(obj, L.RANGE_STEP)) as number;
      const stop = numValue(loadRef(obj, L.RANGE_STOP)) as number;
      const len = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
      if (isSlice) {
        const [s0, st, n] = sliceIndices(key, len);
        const r = allocFixed(L.L_RANGE);
        initRef(r, L.RANGE_START, newIntFrom(start + s0 * step));
        initRef(r, L.RANGE_STOP, newIntFrom(start + (s0 + n * st) * step));
        initRef(r, L.RANGE_STEP, newIntFrom(step * st));
        return r;
      }
      return newIntFrom(start + seqIndex(key, len, "range object") * step);
    }
    case L.L_BYTES:
    case L.L_BYTEARRAY: {
      const isArray = kindOf(obj) === L.L_BYTEARRAY;
      const data = bytesData(isArray ? loadRef(obj, L.BYTEARRAY_DATA) : obj);
      if (isSlice) {
        const [start, step, n] = sliceIndices(key, data.length);
        const out = new Uint8Array(n);
        for (let i = 0, j = start; i < n; i++, j += step) out[i] = data[j]!;
        return isArray ? newByteArray(newBytes(out)) : newBytes(out);
      }
      if (!isIntKind(asIndex(key))) raise(E.TypeError, `byte indices must be integers or slices, not ${typeName(key)}`);
      let i = Number(intValue(asIndex(key)));
      if (i < 0) i += data.length;
      if (i < 0 || i >= data.length) raise(E.IndexError, "index out of range");
      return newIntFrom(data[i]!);
    }
    case L.L_TYPE: {
      const r = classGetItem(obj, key);
      if (r !== 0) return r;
      break;
    }
  }
  return raise(E.TypeError, `'${typeName(obj)}' object is not subscriptable`);
}

/** obj[key] = v (v = 0: del obj[key]). */
export function setItemSlow(obj: number, key: number, v: number): void {
  if (isUserObject(obj)) return userSetItem(obj, key, v);
  const isSlice = !isTaggedInt(key) && layoutOf(key) === L.L_SLICE;
  switch (kindOf(obj)) {
    case L.L_LIST: {
      if (isSlice) {
        const items = listItems(obj);
        const [start, step, n] = sliceIndices(key, items.length);
        if (v === 0) {
          const drop = new Set<number>();
          for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
          listReplace(obj, items.filter((_, i) => !drop.has(i)));
          return;
        }
        const repl = iterToArray(v);
        if (step === 1) {
          items.splice(start, n, ...repl);
          listReplace(obj, items);
          return;
        }
        if (repl.length !== n) raise(E.ValueError, `attempt to assign sequence of size ${repl.length} to extended slice of size ${n}`);
        for (let i = 0, j = start; i < n; i++, j += step) items[j] = repl[i]!;
        listReplace(obj, items);
        return;
      }
      const i = seqIndex(key, listLen(obj), "list", "list assignment");
      if (v === 0) {
        const items = listItems(obj);
        items.splice(i, 1);
        listReplace(obj, items);
      } else listSet(obj, i, v);
      return;
    }
    case L.L_DICT:
      if (v === 0) {
        if (dictDelete(obj, key) === 0) raiseWith(E.KeyError, key);
      } else dictSet(obj, key, v);
      return;
  }
  if (v === 0) raise(E.TypeError, `'${typeName(obj)}' object doesn't support item deletion`);
  raise(E.TypeError, `'${typeName(obj)}' object does not support item assignment`);
}

export function containsSlow(container: number, item: number): boolean {
  switch (kindOf(container)) {
    case L.L_DICT:
    case L.L_SET:
    case L.L_FROZENSET:
      return dictContains(container, item);
    case L.L_STR:
      if (kindOf(item) !== L.L_STR) raise(E.TypeError, `'in <string>' requires string as left operand, not ${typeName(item)}`);
      return strToJs(container).includes(strToJs(item));
    case L.L_BYTES: {
      const hay = bytesLatin1(container);
      const k = kindOf(item);
      if (k === L.L_BYTES) return hay.includes(bytesLatin1(item));
      if (k !== L.L_INT && k !== L.L_BOOL && k !== L.L_LONG) raise(E.TypeError, `a bytes-like object is required, not '${typeName(item)}'`);
      const v = intValue(item);
      if (v < 0 || v > 255) raise(E.ValueError, "byte must be in range(0, 256)");
      return hay.includes(String.fromCharCode(Number(v)));
    }
    case L.L_LIST:
    case L.L_TUPLE: {
      // pyEq may run a user __eq__ (and collect): container and item are re-read from handles
      const mark = handleMark();
      try {
        const hc = pushHandle(container);
        const hi = pushHandle(item);
        const isList = kindOf(container) === L.L_LIST;
        for (let i = 0; i < (isList ? listLen(getHandle(hc)) : tupleLen(getHandle(hc))); i++) {
          const x = isList ? listGet(getHandle(hc), i) : tupleGet(getHandle(hc), i);
          if (x === getHandle(hi) || pyEq(x, getHandle(hi))) return true;
        }
        return false;
      } finally {
        popHandles(mark);
      }
    }
  }
  if (isUserObject(container)) {
    const r = userContains(container, item);
    if (r >= 0) return r === 1;
  }
  // by iteration: items are compared as they come (an __eq__ may collect: item is rooted)
  const mark = handleMark();
  try {
    const hi = pushHandle(item);
    let it: number;
    try {
      it = getIterSlow(container);
    } catch (e) {
      if (isUserObject(container)) raise(E.TypeError, `argument of type '${typeName(container)}' is not iterable`);
      throw e;
    }
    const hIt = pushHandle(it);
    for (let x = iterNextSlow(getHandle(hIt)); x !== 0; x = iterNextSlow(getHandle(hIt))) if (x === getHandle(hi) || pyEq(x, getHandle(hi))) return true;
    return false;
  } finally {
    popHandles(mark);
  }
}

export function unaryOpSlow(op: number, v: number): number {
  if (isUserObject(v)) return userUnaryOp(op, v);
  const l = kindOf(v);
  if (l === L.L_INT || l === L.L_LONG || l === L.L_BOOL) {
    const x = intValue(v);
    if (op === 0) return newIntFrom(x);
    if (op === 1) return newIntFrom(typeof x === "bigint" ? -x : x === 0 ? 0 : -x);
    return newIntFrom(typeof x === "bigint" ? ~x : -x - 1);
  }
  if (l === L.L_FLOAT && op !== 3) {
    const x = numValue(v) as number;
    return newFloat(op === 0 ? x : -x);
  }
  const sym = op === 0 ? "+" : op === 1 ? "-" : "~";
  return raise(E.TypeError, `bad operand type for unary ${sym}: '${typeName(v)}'`);
}

export { boolRef };
