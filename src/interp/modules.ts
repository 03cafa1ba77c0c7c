/*
 * modules.ts — modules implemented in TypeScript, and the module objects themselves.
 *
 * BUILTIN_MODULES is the table of TS modules: each has an `init(dict)` that fills a fresh
 * module's dict when it is first imported. `unshadowable` marks the ones CPython compiles
 * into the interpreter (sys, time, ...: found before sys.path); the others stand for CPython's
 * extension or stdlib modules (math, os, ...) and are found at the standard library's place
 * on sys.path (import.ts), so a user's `math.py` next to the script shadows them as in CPython.
 * sys and builtins exist from boot. The files under modules/ register the bigger ones.
 */

import { allocFixed, allocRootSlot, getRoot, initRef, loadRef, setRoot } from "../gc/index.js";
import { E, newException } from "./exceptions.js";
import { L_MODULE, MODULE_DICT, MODULE_NAME } from "./layouts.js";
import { dictGet, dictSet, newDict } from "./objects/dict.js";
import { newStr } from "./objects/str.js";
import { ROOT_BUILTINS, ROOT_MODULES, throwPy } from "./state.js";
import { dunderImport } from "./import.js";
import { type BuiltinFn, registerBuiltin, newBuiltin } from "./types.js";

export interface BuiltinModule {
  readonly name: string;
  /** Compiled into CPython (found before sys.path, so never shadowed by a user's file). */
  readonly unshadowable: boolean;
  init(dict: number): void;
}

export const BUILTIN_MODULES = new Map<string, BuiltinModule>();

export function defineBuiltinModule(m: BuiltinModule): void {
  BUILTIN_MODULES.set(m.name, m);
}

/** Puts builtin functions (a name -> implementation table, registered once) in a module dict. */
export function functionTable(table: Record<string, BuiltinFn>): (dict: number) => void {
  const ids = Object.entries(table).map(([n, fn]) => [n, registerBuiltin(n, fn)] as const);
  return (d) => {
    for (const [n, id] of ids) dictSet(d, newStr(n), newBuiltin(id));
  };
}

export function newModule(name: string, dict = 0): number {
  const m = allocFixed(L_MODULE);
  initRef(m, MODULE_DICT, dict === 0 ? newDict() : dict);
  initRef(m, MODULE_NAME, newStr(name));
  if (dict === 0) dictSet(loadRef(m, MODULE_DICT), newStr("__name__"), newStr(name));
  return m;
}

export function moduleDict(m: number): number {
  return loadRef(m, MODULE_DICT);
}

/** The root slot holding the sys module's dict (the interpreter's own reference, as CPython's sysdict). */
let sysDictSlot = 0;

export function sysDict(): number {
  return getRoot(sysDictSlot);
}

/** sys.name, or 0. */
export function sysAttr(name: string): number {
  return dictGet(sysDict(), newStr(name));
}

// math lives in stdlib/math.ts (registered by stdlib/registry.ts)

const IMPORT_ID = registerBuiltin("__import__", dunderImport);
// site's exit() and quit(): SystemExit with the given code
const quitter: BuiltinFn = ([code]) => throwPy(newException(E.SystemExit, code === undefined ? [] : [code]));
const EXIT_IDS = ["exit", "quit"].map((n) => [n, registerBuiltin(n, quitter)] as const);

/** Creates sys and builtins (every heap has them from the start); call after the builtins dict exists. */
export function bootModules(init: (sysDict: number) => void): void {
  sysDictSlot = allocRootSlot();
  const modules = getRoot(ROOT_MODULES);
  const sys = newModule("sys");
  setRoot(sysDictSlot, moduleDict(sys));
  dictSet(modules, newStr("sys"), sys);
  const builtins = newModule("builtins", getRoot(ROOT_BUILTINS));
  dictSet(getRoot(ROOT_BUILTINS), newStr("__name__"), newStr("builtins"));
  dictSet(getRoot(ROOT_MODULES), newStr("builtins"), builtins);
  dictSet(getRoot(ROOT_BUILTINS), newStr("__import__"), newBuiltin(IMPORT_ID));
  for (const [n, id] of EXIT_IDS) dictSet(getRoot(ROOT_BUILTINS), newStr(n), newBuiltin(id));
  init(sysDict());
}
