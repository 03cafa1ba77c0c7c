/*
 * entry-exc.ts — residual entry points of the `with` statement (BEFORE_WITH,
 * WITH_EXCEPT_START), called from the eval loop with the conventions of entry.ts: operands
 * are read from the frame's stack by slot index, errors come back as 0 with the exception
 * pending.
 *
 * The special methods are looked up on the type (CPython's _PyObject_LookupSpecial), never on
 * the instance, and bound to the manager.
 */

import { getHandle, getRoot, handleMark, loadRef, popHandles, pushHandle, storeRef } from "../gc/index.js";
import type { Int, Ref } from "../jit/hints.js";
import { callObject } from "./call.js";
import { lookupKey } from "./classes.js";
import { descrGet } from "./descr.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { tracebackOf } from "./exc-attrs.js";
import { ROOT_FRAME, ROOT_NONE, caught } from "./state.js";
import { typeOf } from "./types.js";

/** The special method `name` of obj's type, bound to obj, or 0 if the type has none. */
export function lookupSpecial(obj: number, name: string): number {
  const t = typeOf(obj);
  const v = lookupKey(t, name);
  return v === 0 || v === getRoot(ROOT_NONE) ? 0 : descrGet(v, obj, t);
}

function slotAt(frame: number, i: number): number {
  return loadRef(frame, L.FRAME_SLOTS + 4 * i);
}

/** BEFORE_WITH: [mgr] at sp-1 -> [bound __exit__, mgr.__enter__()]. 1 ok, 0 error. */
export function beforeWith(frame: Ref, sp: Int): Int {
  const mark = handleMark();
  try {
    const mgr = slotAt(frame, sp - 1);
    const hEnter = pushHandle(lookupSpecial(mgr, "__enter__"));
    const name = typeOf(slotAt(getRoot(ROOT_FRAME), sp - 1)).name;
    if (getHandle(hEnter) === 0) raise(E.TypeError, `'${name}' object does not support the context manager protocol`);
    const exit = lookupSpecial(slotAt(getRoot(ROOT_FRAME), sp - 1), "__exit__");
    if (exit === 0) raise(E.TypeError, `'${name}' object does not support the context manager protocol (missed __exit__ method)`);
    storeRef(getRoot(ROOT_FRAME), L.FRAME_SLOTS + 4 * (sp - 1), exit);
    const r = callObject(getHandle(hEnter), [], null);
    storeRef(getRoot(ROOT_FRAME), L.FRAME_SLOTS + 4 * sp, r);
    return 1;
  } catch (e) {
    return caught(e);
  } finally {
    popHandles(mark);
  }
}

/** WITH_EXCEPT_START: [exit, lasti, prev, exc] ending at sp-1 -> push exit(type(exc), exc, tb). */
export function withExceptStart(frame: Ref, sp: Int): Int {
  try {
    const exit = slotAt(frame, sp - 4);
    const exc = slotAt(frame, sp - 1);
    const tb = tracebackOf(exc);
    const r = callObject(exit, [typeOf(exc).ref, slotAt(getRoot(ROOT_FRAME), sp - 1), tb], null);
    storeRef(getRoot(ROOT_FRAME), L.FRAME_SLOTS + 4 * sp, r);
    return 1;
  } catch (e) {
    return caught(e);
  }
}
