/*
 * registry.ts — the native (TypeScript) stdlib modules, as one table. Each module file exports
 * a NativeModule; registering it here makes it importable (modules.ts's BUILTIN_MODULES: its
 * functions become builtins once, at load, and a module object is made on first import).
 * Modules written in Python live in lib/ and import these (math, and the private cores
 * _random, _re, ...). Loaded for its effect by run.ts, after modules.ts.
 */

import { dictSet } from "../objects/dict.js";
import { newStr } from "../objects/str.js";
import { type BuiltinFn } from "../types.js";
import { defineBuiltinModule, functionTable } from "../modules.js";
import { MATH } from "./math.js";
import { RANDOM_CORE } from "./random.js";
import { RE_CORE } from "./re.js";

export interface NativeModule {
  readonly name: string;
  readonly functions: Record<string, BuiltinFn>;
  /** Non-function attributes, made when the module is first imported. */
  readonly values?: () => Record<string, number>;
}

const NATIVE_MODULES: readonly NativeModule[] = [MATH, RANDOM_CORE, RE_CORE];

for (const m of NATIVE_MODULES) {
  const fill = functionTable(m.functions);
  defineBuiltinModule({
    name: m.name,
    unshadowable: false,
    init: (d) => {
      fill(d);
      for (const [name, v] of Object.entries(m.values?.() ?? {})) dictSet(d, newStr(name), v);
    },
  });
}
