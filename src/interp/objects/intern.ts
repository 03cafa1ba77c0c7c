/*
 * intern.ts — interned strs: one heap str per distinct identifier.
 *
 * Names in code objects, method names in type dicts and the builtins' names are interned, so a
 * dict lookup by name (globals, builtins, attributes, methods) usually finds the very same key
 * object and stops at the identity test, without comparing characters. ROOT_INTERNED maps each
 * interned str to itself (and keeps it alive).
 */

import { getRoot } from "../../gc/index.js";
import { ROOT_INTERNED } from "../state.js";
import { dictGet, dictSet } from "./dict.js";
import { newStr } from "./str.js";

/** The interned str equal to s (s itself the first time). */
export function internStr(s: number): number {
  const d = getRoot(ROOT_INTERNED);
  const v = dictGet(d, s);
  if (v !== 0) return v;
  dictSet(d, s, s); // allocation never collects: s stays valid
  return s;
}

export function internJs(name: string): number {
  return internStr(newStr(name));
}
