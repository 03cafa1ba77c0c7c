/*
 * iter.ts — iter() and next() of the builtin iterables, and iterToArray for residual code.
 *
 * Iterators are small heap objects: a range iterator (machine ints, the eval loop's fast path),
 * a sequence iterator (list, tuple, str, dict keys/values/items, set: by index, so mutation
 * during iteration behaves as CPython's for lists), builtin iterators (enumerate, zip, map,
 * filter) and generators. next() returns 0 when exhausted; errors throw PENDING.
 *
 * iterToArray may run Python code (generators, map over a Python function), so it keeps the
 * iterator and the items collected so far in handles, never in JS variables across a call.
 */

import { allocFixed, getHandle, getRoot, handleMark, initRef, isTaggedInt, loadF64, loadI32, loadRef, popHandles, pushHandle, setRoot, storeF64, storeI32, storeRef } from "../../gc/index.js";
import { E, raise } from "../exceptions.js";
import * as L from "../layouts.js";
import { dictEntryKey, dictEntryValue, dictFilled, dictLen } from "../objects/dict.js";
import { layoutOf, newInt, newIntFrom } from "../objects/int.js";
import { listAppend, listGet, listItems, listLen, newList } from "../objects/list.js";
import { newStrFromCodePoints, strCharAt, strLen } from "../objects/str.js";
import { newTuple, tupleGet, tupleItems, tupleLen } from "../objects/tuple.js";
import { generatorNext, callObject } from "../call.js";
import { PENDING, ROOT_EXC, noneRef } from "../state.js";
import { BUILTIN_IMPLS, findMethod, isInstance, typeName, typeOf } from "../types.js";
import { numValue } from "./compare.js";
import { truthy } from "./compare.js";
import { isUserObject, specialMethod, userGetItem, userIter, userNext } from "../classes.js";

import { SEQ_DICT_ITEMS, SEQ_DICT_KEYS, SEQ_DICT_VALUES, SEQ_GETITEM, SEQ_LIST, SEQ_STR, SEQ_TUPLE } from "../layouts.js";
export { SEQ_DICT_ITEMS, SEQ_DICT_KEYS, SEQ_DICT_VALUES, SEQ_GETITEM, SEQ_LIST, SEQ_STR, SEQ_TUPLE };

export const BI_ENUMERATE = 0;
export const BI_ZIP = 1;
export const BI_MAP = 2;
export const BI_FILTER = 3;

export function newSeqIter(seq: number, kind: number): number {
  const it = allocFixed(L.L_SEQ_ITER);
  initRef(it, L.SEQ_ITER_SEQ, seq);
  storeI32(it, L.SEQ_ITER_KIND, kind);
  if (kind >= SEQ_DICT_KEYS) storeI32(it, L.SEQ_ITER_SIZE, dictLen(seq));
  return it;
}

export function newBuiltinIter(kind: number, a: number, b: number, count: number): number {
  const it = allocFixed(L.L_BUILTIN_ITER);
  storeI32(it, L.BITER_KIND, kind);
  initRef(it, L.BITER_A, a);
  initRef(it, L.BITER_B, b);
  initRef(it, L.BITER_COUNT, count);
  return it;
}

export function newRangeIter(start: number, stop: number, step: number): number {
  const it = allocFixed(L.L_RANGE_ITER);
  storeF64(it, L.RITER_NEXT, start);
  storeF64(it, L.RITER_STOP, stop);
  storeF64(it, L.RITER_STEP, step);
  return it;
}

export function getIterSlow(v: number): number {
  if (!isTaggedInt(v)) {
    switch (layoutOf(v)) {
      case L.L_LIST:
        return newSeqIter(v, SEQ_LIST);
      case L.L_TUPLE:
        return newSeqIter(v, SEQ_TUPLE);
      case L.L_STR:
        return newSeqIter(v, SEQ_STR);
      case L.L_DICT:
      case L.L_SET:
      case L.L_FROZENSET:
        return newSeqIter(v, SEQ_DICT_KEYS);
      case L.L_RANGE: {
        const start = numValue(loadRef(v, L.RANGE_START));
        const stop = numValue(loadRef(v, L.RANGE_STOP));
        const step = numValue(loadRef(v, L.RANGE_STEP));
        if (typeof start === "bigint" || typeof stop === "bigint" || typeof step === "bigint") raise(E.OverflowError, "range with huge bounds is not supported yet");
        return newRangeIter(start, stop, step);
      }
      case L.L_RANGE_ITER:
      case L.L_SEQ_ITER:
      case L.L_BUILTIN_ITER:
      case L.L_GENERATOR:
        return v;
    }
  }
  if (isUserObject(v)) {
    const r = userIter(v);
    if (r !== 0) return r;
    const g = specialMethod(v, "__getitem__");
    if (g !== 0 && g !== noneRef()) return newSeqIter(v, SEQ_GETITEM);
  }
  const m = findMethod(typeOf(v), "__iter__"); // builtin types with an __iter__ in their table (files)
  if (m >= 0) return BUILTIN_IMPLS[m]!.fn([v], null);
  return raise(E.TypeError, `'${typeName(v)}' object is not iterable`);
}

/** seq[i] for the __getitem__ iterator: 0 at IndexError or StopIteration (the end). */
function getItemNext(it: number): number {
  const seq = loadRef(it, L.SEQ_ITER_SEQ);
  const i = loadI32(it, L.SEQ_ITER_INDEX);
  const h = pushHandle(it);
  try {
    const v = userGetItem(seq, newInt(i));
    storeI32(getHandle(h), L.SEQ_ITER_INDEX, i + 1);
    return v;
  } catch (e) {
    const exc = getRoot(ROOT_EXC);
    if (e === PENDING && exc !== 0 && (isInstance(exc, E.IndexError) || isInstance(exc, E.StopIteration))) {
      setRoot(ROOT_EXC, 0);
      storeRef(getHandle(h), L.SEQ_ITER_SEQ, 0);
      return 0;
    }
    throw e;
  } finally {
    popHandles(h);
  }
}

function seqNext(it: number): number {
  const seq = loadRef(it, L.SEQ_ITER_SEQ);
  if (seq === 0) return 0;
  let i = loadI32(it, L.SEQ_ITER_INDEX);
  const kind = loadI32(it, L.SEQ_ITER_KIND);
  if (kind === SEQ_GETITEM) return getItemNext(it);
  let r = 0;
  switch (kind) {
    case SEQ_LIST:
      if (i < listLen(seq)) r = listGet(seq, i++);
      break;
    case SEQ_TUPLE:
      if (i < tupleLen(seq)) r = tupleGet(seq, i++);
      break;
    case SEQ_STR:
      if (i < strLen(seq)) r = newStrFromCodePoints([strCharAt(seq, i++)]);
      break;
    default: {
      if (dictLen(seq) !== loadI32(it, L.SEQ_ITER_SIZE)) {
        storeI32(it, L.SEQ_ITER_SIZE, -1); // CPython keeps failing once the size changed
        const what = layoutOf(seq) === L.L_DICT ? "dictionary" : "set";
        raise(E.RuntimeError, `${what} changed size during iteration`);
      }
      const n = dictFilled(seq);
      while (i < n && dictEntryKey(seq, i) === 0) i++;
      if (i < n) {
        const k = dictEntryKey(seq, i);
        const v = dictEntryValue(seq, i);
        r = kind === SEQ_DICT_KEYS ? k : kind === SEQ_DICT_VALUES ? v : newTuple([k, v]);
        i++;
      }
    }
  }
  storeI32(it, L.SEQ_ITER_INDEX, i);
  if (r === 0) storeRef(it, L.SEQ_ITER_SEQ, 0);
  return r;
}

/** The next item, or 0 when exhausted; throws PENDING on error. May run Python code. */
export function iterNextSlow(it: number): number {
  if (isTaggedInt(it)) raise(E.TypeError, `'int' object is not an iterator`);
  switch (layoutOf(it)) {
    case L.L_RANGE_ITER: {
      const next = loadF64(it, L.RITER_NEXT);
      const step = loadF64(it, L.RITER_STEP);
      const stop = loadF64(it, L.RITER_STOP);
      if (step > 0 ? next >= stop : next <= stop) return 0;
      storeF64(it, L.RITER_NEXT, next + step);
      return newInt(next);
    }
    case L.L_SEQ_ITER:
      return seqNext(it);
    case L.L_GENERATOR:
      return generatorNext(it, noneRef());
    case L.L_BUILTIN_ITER:
      return builtinNext(it);
  }
  if (isUserObject(it)) return userNext(it);
  const m = findMethod(typeOf(it), "__next__");
  if (m >= 0) {
    try {
      return BUILTIN_IMPLS[m]!.fn([it], null);
    } catch (e) {
      if (e !== PENDING || !isInstance(getRoot(ROOT_EXC), E.StopIteration)) throw e;
      setRoot(ROOT_EXC, 0);
      return 0;
    }
  }
  return raise(E.TypeError, `'${typeName(it)}' object is not an iterator`);
}

/** enumerate/zip/map/filter: may run Python code, so refs are re-read through a handle. */
function builtinNext(it: number): number {
  const mark = handleMark();
  const h = pushHandle(it);
  try {
    switch (loadI32(it, L.BITER_KIND)) {
      case BI_ENUMERATE: {
        const x = iterNextSlow(loadRef(it, L.BITER_A));
        if (x === 0) return 0;
        const self = getHandle(h);
        const n = loadRef(self, L.BITER_COUNT);
        storeRef(self, L.BITER_COUNT, newIntFrom(typeof numValue(n) === "bigint" ? (numValue(n) as bigint) + 1n : (numValue(n) as number) + 1));
        return newTuple([n, x]);
      }
      case BI_ZIP:
      case BI_MAP: {
        const kind = loadI32(it, L.BITER_KIND);
        const iters = kind === BI_ZIP ? loadRef(it, L.BITER_A) : loadRef(it, L.BITER_B);
        const n = tupleLen(iters);
        const acc = pushHandle(newList());
        for (let i = 0; i < n; i++) {
          const self = getHandle(h);
          const its = kind === BI_ZIP ? loadRef(self, L.BITER_A) : loadRef(self, L.BITER_B);
          const x = iterNextSlow(tupleGet(its, i));
          if (x === 0) return 0;
          listAppend(getHandle(acc), x);
        }
        const items = listItems(getHandle(acc));
        if (kind === BI_ZIP) return newTuple(items);
        return callObject(loadRef(getHandle(h), L.BITER_A), items, null);
      }
      case BI_FILTER: {
        for (;;) {
          const x = iterNextSlow(loadRef(getHandle(h), L.BITER_B));
          if (x === 0) return 0;
          const fn = loadRef(getHandle(h), L.BITER_A);
          if (fn === noneRef()) {
            if (truthy(x)) return x;
            continue;
          }
          const hx = pushHandle(x);
          const keep = truthy(callObject(fn, [x], null));
          const xx = getHandle(hx);
          popHandles(hx);
          if (keep) return xx;
        }
      }
    }
    return 0;
  } finally {
    popHandles(mark);
  }
}

/** All items of an iterable, for one residual call (rooted while Python code may run). */
export function iterToArray(v: number): number[] {
  if (!isTaggedInt(v)) {
    const l = layoutOf(v);
    if (l === L.L_LIST) return listItems(v);
    if (l === L.L_TUPLE) return tupleItems(v);
  }
  const mark = handleMark();
  try {
    const hIt = pushHandle(getIterSlow(v));
    const hOut = pushHandle(newList());
    for (;;) {
      const x = iterNextSlow(getHandle(hIt));
      if (x === 0) break;
      listAppend(getHandle(hOut), x);
    }
    return listItems(getHandle(hOut));
  } finally {
    popHandles(mark);
  }
}

export { PENDING };
