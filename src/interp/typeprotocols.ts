/*
 * typeprotocols.ts — the class-level hooks user code can install:
 *   - isinstance/issubclass consult the metaclass's __instancecheck__/__subclasscheck__ (abc);
 *   - C[x] on a class calls C.__class_getitem__(x) (PEP 560: typing.Generic[T]);
 *   - a class statement replaces a non-class base by its __mro_entries__(bases) (PEP 560) and
 *     keeps the original tuple as __orig_bases__.
 * Residual code; anything that runs Python code keeps its references in handles.
 */

import { getHandle, handleMark, isTaggedInt, popHandles, pushHandle, setHandle } from "../gc/index.js";
import { callObject } from "./call.js";
import { callSpecial, lookupKey } from "./classes.js";
import { descrGet } from "./descr.js";
import { E, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { layoutOf } from "./objects/int.js";
import { listAppend, listItems, newList } from "./objects/list.js";
import { newTuple, tupleItems } from "./objects/tuple.js";
import { attrOrZero } from "./ops/attrs.js";
import { truthy } from "./ops/compare.js";
import { T_TYPE, isInstance, isSubtype, isTypeObject, typeDescOf, typeOf } from "./types.js";

const isTuple = (w: number) => !isTaggedInt(w) && layoutOf(w) === L.L_TUPLE;

/** The metaclass's own hook (not type's default), or 0. */
function metaHook(cls: number, name: string): number {
  const meta = typeOf(cls);
  if (meta === T_TYPE || !meta.user) return 0;
  const f = lookupKey(meta, name);
  return f !== 0 && !isTaggedInt(f) && layoutOf(f) === L.L_FUNCTION ? f : 0;
}

/** isinstance(obj, info) (which = "isinstance") or issubclass(obj, info). */
export function checkClassInfo(which: "isinstance" | "issubclass", obj: number, info: number): boolean {
  const inst = which === "isinstance";
  if (inst && typeOf(obj).ref === info) return true;
  if (isTuple(info)) {
    const mark = handleMark();
    try {
      const hObj = pushHandle(obj);
      const hInfo = pushHandle(info);
      const n = tupleItems(info).length;
      for (let i = 0; i < n; i++) if (checkClassInfo(which, getHandle(hObj), tupleItems(getHandle(hInfo))[i]!)) return true;
      return false;
    } finally {
      popHandles(mark);
    }
  }
  const hook = isTypeObject(info) ? metaHook(info, inst ? "__instancecheck__" : "__subclasscheck__") : 0;
  if (hook !== 0) return truthy(callSpecial(hook, info, [obj]));
  if (!isTypeObject(info)) {
    raise(E.TypeError, inst ? "isinstance() arg 2 must be a type, a tuple of types, or a union" : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  }
  if (!inst && !isTypeObject(obj)) raise(E.TypeError, "issubclass() arg 1 must be a class");
  return inst ? isInstance(obj, typeDescOf(info)) : isSubtype(typeDescOf(obj), typeDescOf(info));
}

/** cls[key] through cls.__class_getitem__, or 0 when the class has none. */
export function classGetItem(cls: number, key: number): number {
  const t = typeDescOf(cls);
  const f = lookupKey(t, "__class_getitem__");
  if (f === 0) return 0;
  const mark = handleMark();
  try {
    const hKey = pushHandle(key);
    const bound = descrGet(f, 0, t);
    return callObject(bound, [getHandle(hKey)], null);
  } finally {
    popHandles(mark);
  }
}


/**
 * PEP 560: the bases tuple in handle hBases with each non-class base replaced by its
 * __mro_entries__(bases). Returns true (and leaves the new tuple in hBases) if any was.
 */
export function resolveMroEntries(hBases: number): boolean {
  const orig = getHandle(hBases);
  if (tupleItems(orig).every((b) => isTypeObject(b))) return false;
  const mark = handleMark();
  try {
    const hOrig = pushHandle(orig);
    const hOut = pushHandle(newList());
    const n = tupleItems(orig).length;
    let changed = false;
    for (let i = 0; i < n; i++) {
      const b = tupleItems(getHandle(hOrig))[i]!;
      const f = isTypeObject(b) ? 0 : attrOrZero(b, "__mro_entries__");
      if (f === 0) {
        listAppend(getHandle(hOut), tupleItems(getHandle(hOrig))[i]!);
        continue;
      }
      const r = callObject(f, [getHandle(hOrig)], null);
      if (!isTuple(r)) raise(E.TypeError, "__mro_entries__ must return a tuple");
      for (const x of tupleItems(r)) listAppend(getHandle(hOut), x);
      changed = true;
    }
    if (changed) setHandle(hBases, newTuple(listItems(getHandle(hOut))));
    return changed;
  } finally {
    popHandles(mark);
  }
}
