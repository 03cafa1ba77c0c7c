/*
 * setmethods.ts — the named set algebra of set and frozenset (union, issubset, …_update).
 *
 * Sets are dicts with layout L_SET/L_FROZENSET and 0 values (objects/dict.ts), so each
 * method is a loop over member arrays. The operands are turned into member arrays first:
 * that may run Python code (a generator argument), which may move `self` — it is held in a
 * handle across that step. Results keep the receiver's type (frozenset.union gives a
 * frozenset), as in CPython. The operator forms (| & - ^ <=) are in ops/arith.ts and
 * ops/compare.ts.
 */

import { getHandle, handleMark, popHandles, pushHandle } from "../gc/index.js";
import * as L from "./layouts.js";
import { dictClear, dictContains, dictDelete, dictSet, entries, newDict } from "./objects/dict.js";
import { layoutOf } from "./objects/int.js";
import { iterToArray } from "./ops/iter.js";
import { boolRef, noneRef } from "./state.js";
import { type BuiltinFn, addMethods } from "./types.js";
import { T_FROZENSET, T_SET } from "./typetable.js";

type Members = number[];

/** Calls body(self, operands as member arrays) with self re-read after the conversions. */
function withOperands(args: number[], body: (self: number, others: Members[]) => number): number {
  const mark = handleMark();
  try {
    const h = pushHandle(args[0]!);
    const others = args.slice(1).map(iterToArray);
    return body(getHandle(h), others);
  } finally {
    popHandles(mark);
  }
}

const keys = (s: number): Members => entries(s).map(([k]) => k);

function build(layout: number, members: Members): number {
  const r = newDict(layout);
  for (const k of members) dictSet(r, k, 0);
  return r;
}

/** A set of the others' members, for membership tests. */
function setOf(members: Members): number {
  return build(L.L_SET, members);
}

const PURE: Record<string, BuiltinFn> = {
  union: (a) => withOperands(a, (self, os) => build(layoutOf(self), [...keys(self), ...os.flat()])),
  intersection: (a) =>
    withOperands(a, (self, os) => {
      let cur = keys(self);
      for (const o of os) {
        const s = setOf(o);
        cur = cur.filter((k) => dictContains(s, k));
      }
      return build(layoutOf(self), cur);
    }),
  difference: (a) =>
    withOperands(a, (self, os) => {
      const s = setOf(os.flat());
      return build(layoutOf(self), keys(self).filter((k) => !dictContains(s, k)));
    }),
  symmetric_difference: (a) =>
    withOperands(a, (self, [o]) => {
      const r = build(layoutOf(self), keys(self));
      for (const k of keys(setOf(o!))) {
        // set values are all 0, so dictDelete's result can't tell presence: ask first
        if (dictContains(r, k)) dictDelete(r, k);
        else dictSet(r, k, 0);
      }
      return r;
    }),
  issubset: (a) =>
    withOperands(a, (self, [o]) => {
      const s = setOf(o!);
      return boolRef(keys(self).every((k) => dictContains(s, k)));
    }),
  issuperset: (a) => withOperands(a, (self, [o]) => boolRef(o!.every((k) => dictContains(self, k)))),
  isdisjoint: (a) => withOperands(a, (self, [o]) => boolRef(!o!.some((k) => dictContains(self, k)))),
  copy: ([self]) => build(layoutOf(self!), keys(self!)),
};

/** The in-place forms: compute as above, then replace the receiver's members. */
function inPlace(pure: BuiltinFn): BuiltinFn {
  return (a, kw) => {
    const mark = handleMark();
    try {
      const h = pushHandle(a[0]!);
      const r = pure(a, kw);
      const self = getHandle(h);
      const members = keys(r);
      dictClear(self);
      for (const k of members) dictSet(self, k, 0);
      return noneRef();
    } finally {
      popHandles(mark);
    }
  };
}

addMethods(T_SET, PURE);
addMethods(T_FROZENSET, PURE);
addMethods(T_SET, {
  intersection_update: inPlace(PURE.intersection!),
  difference_update: inPlace(PURE.difference!),
  symmetric_difference_update: inPlace(PURE.symmetric_difference!),
  clear: ([self]) => (dictClear(self!), noneRef()),
});

