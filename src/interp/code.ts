/*
 * code.ts — heap code objects, built from the frontend's CodeObject.
 *
 * A heap code object holds what the eval loop reads (instructions as an I32Array, constants
 * and names as RefArrays, the exception table as an I32Array of (start, end, handler, depth,
 * lasti) rows, counts and flags); everything only residual code needs (names of locals, line
 * positions, the source filename) stays in the frontend object, found through `id` in the
 * JS-side table `codeInfos`. Code objects must not move (the JIT bakes them into traces as
 * green constants): loadModuleCode() registers them in ROOT_CODES and the caller promotes them
 * to the old space with a collection before running anything.
 */

import { ARRAY_ITEMS, I32_ARRAY, REF_ARRAY, allocFixed, allocVar, getRoot, loadI32, storeI32, storeRef, storeU8 } from "../gc/index.js";
import { CodePointStr, ConstFrozenset, ConstTuple, PyComplex, type ConstantValue } from "../frontend/constants.js";
import { CO_ASYNC_GENERATOR, CO_COROUTINE, CO_GENERATOR, CO_ITERABLE_COROUTINE, CO_VARARGS, CO_VARKEYWORDS, CodeObject, type CodeConstant } from "../frontend/code.js";
import * as L from "./layouts.js";
import { quicken } from "./quicken.js";
import { dictSet, newDict } from "./objects/dict.js";
import { newFloat } from "./objects/float.js";
import { newIntBig } from "./objects/int.js";
import { listAppend } from "./objects/list.js";
import { newStr, newStrFromCodePoints } from "./objects/str.js";
import { internJs } from "./objects/intern.js";
import { newTuple } from "./objects/tuple.js";
import { ROOT_CODES, ROOT_ELLIPSIS, ROOT_NONE, boolRef } from "./state.js";

export const codeInfos: CodeObject[] = [];

export function codeInfo(code: number): CodeObject {
  return codeInfos[loadI32(code, L.CODE_ID)]!;
}

export function resetCodeInfos(): void {
  codeInfos.length = 0;
}

function bytesObject(b: Uint8Array): number {
  const r = allocVar(L.L_BYTES, b.length);
  for (let i = 0; i < b.length; i++) storeU8(r, L.BYTES_DATA + i, b[i]!);
  return r;
}

export function constToHeap(v: CodeConstant): number {
  if (v === null) return getRoot(ROOT_NONE);
  if (v instanceof CodeObject) return loadCode(v);
  switch (typeof v) {
    case "boolean":
      return boolRef(v);
    case "bigint":
      return newIntBig(v);
    case "number":
      return newFloat(v);
    case "string":
      return newStr(v);
    case "symbol":
      return getRoot(ROOT_ELLIPSIS);
  }
  if (v instanceof CodePointStr) return newStrFromCodePoints(v.codePoints);
  if (v instanceof Uint8Array) return bytesObject(v);
  if (v instanceof ConstTuple) return newTuple(v.items.map((x: ConstantValue) => constToHeap(x)));
  if (v instanceof ConstFrozenset) {
    const s = newDict(L.L_FROZENSET);
    for (const x of v.items) dictSet(s, constToHeap(x), 0);
    return s;
  }
  if (v instanceof PyComplex) return newFloat(v.imag); // complex is not implemented yet
  return getRoot(ROOT_NONE);
}

function refArray(values: readonly number[]): number {
  const a = allocVar(REF_ARRAY, values.length);
  for (let i = 0; i < values.length; i++) storeRef(a, ARRAY_ITEMS + 4 * i, values[i]!);
  return a;
}

function i32Array(values: ArrayLike<number>): number {
  const a = allocVar(I32_ARRAY, values.length);
  for (let i = 0; i < values.length; i++) storeI32(a, ARRAY_ITEMS + 4 * i, values[i]!);
  return a;
}

/** Code flags that rule out binding a call by position alone (call.ts callSimple). */
const NOT_SIMPLE = CO_VARARGS | CO_VARKEYWORDS | CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR;

/** Builds the heap code object (and its nested code objects and constants). */
export function loadCode(co: CodeObject): number {
  const id = codeInfos.length;
  codeInfos.push(co);
  const consts = co.consts.map(constToHeap);
  const names = co.names.map((n) => internJs(n));
  const exc: number[] = [];
  for (const e of co.exceptionTable) exc.push(e.start, e.end, e.handler, e.depth, e.pushLasti ? 1 : 0);
  const c = allocFixed(L.L_CODE);
  storeI32(c, L.CODE_ID, id);
  storeRef(c, L.CODE_INSTRS, i32Array(quicken(co.instructions)));
  storeRef(c, L.CODE_CONSTS, refArray(consts));
  storeRef(c, L.CODE_NAMES, refArray(names));
  storeRef(c, L.CODE_EXC_TABLE, i32Array(exc));
  storeRef(c, L.CODE_CELL2ARG, i32Array(co.cell2arg));
  // the value stack's absolute top before each instruction: a portal (re)entered at any pc
  // finds sp without it being stored in the frame (see eval.ts)
  const stackBase = co.varnames.length + co.cellvars.length + co.freevars.length;
  storeRef(c, L.CODE_SP_AT, i32Array(Array.from(co.stackDepths, (d) => stackBase + d)));
  storeRef(c, L.CODE_NAME, newStr(co.name));
  storeI32(c, L.CODE_NLOCALS, co.varnames.length);
  storeI32(c, L.CODE_NCELLS, co.cellvars.length);
  storeI32(c, L.CODE_NFREE, co.freevars.length);
  storeI32(c, L.CODE_STACKSIZE, co.stacksize);
  storeI32(c, L.CODE_ARGCOUNT, co.argcount);
  storeI32(c, L.CODE_POSONLY, co.posonlyargcount);
  storeI32(c, L.CODE_KWONLY, co.kwonlyargcount);
  storeI32(c, L.CODE_FLAGS, co.flags);
  storeI32(c, L.CODE_STACK_BASE, stackBase);
  storeI32(c, L.CODE_FRAME_SLOTS, stackBase + co.stacksize);
  const simple = (co.flags & NOT_SIMPLE) === 0 && co.kwonlyargcount === 0 && co.cellvars.length === 0;
  storeI32(c, L.CODE_SIMPLE_ARGC, simple ? co.argcount : -1);
  const n = co.instructions.length;
  storeRef(c, L.CODE_ATTR_CACHE, allocVar(I32_ARRAY, L.ATTR_CACHE_WORDS * n));
  storeRef(c, L.CODE_METHOD_CACHE, allocVar(REF_ARRAY, L.ATTR_CACHE_WAYS * n));
  listAppend(getRoot(ROOT_CODES), c);
  return c;
}
