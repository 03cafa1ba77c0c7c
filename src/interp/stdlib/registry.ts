/*
 * registry.ts — the native (TypeScript) stdlib modules, as one table. Each module file exports
 * a NativeModule; its functions are registered as builtins once, at load, and bootStdlib puts
 * a fresh module object for each into sys.modules when a heap boots. Modules written in Python
 * live in lib/ and may import these (math, and the private cores _random, _re, _json).
 */

import { dictSet } from "../objects/dict.js";
import { newStr } from "../objects/str.js";
import { newBuiltin, registerBuiltin, type BuiltinFn } from "../types.js";
import { newModule } from "../modules.js";
import { loadRef } from "../../gc/index.js";
import { MODULE_DICT } from "../layouts.js";
import { MATH } from "./math.js";
import { RANDOM_CORE } from "./random.js";
import { RE_CORE } from "./re.js";

export interface NativeModule {
  readonly name: string;
  readonly functions: Record<string, BuiltinFn>;
  /** Non-function attributes, made when the module object is (after the heap booted). */
  readonly values?: () => Record<string, number>;
}

const NATIVE_MODULES: readonly NativeModule[] = [MATH, RANDOM_CORE, RE_CORE];

const REGISTERED = NATIVE_MODULES.map((m) => ({
  module: m,
  ids: Object.entries(m.functions).map(([name, fn]) => [name, registerBuiltin(name, fn)] as const),
}));

/** Adds every native stdlib module to sys.modules (a dict). */
export function bootStdlib(modules: number): void {
  for (const { module, ids } of REGISTERED) {
    const m = newModule(module.name);
    for (const [name, id] of ids) dictSet(loadRef(m, MODULE_DICT), newStr(name), newBuiltin(id));
    for (const [name, v] of Object.entries(module.values?.() ?? {})) dictSet(loadRef(m, MODULE_DICT), newStr(name), v);
    dictSet(modules, newStr(module.name), m);
  }
}
