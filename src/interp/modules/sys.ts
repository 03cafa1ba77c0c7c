/*
 * sys.ts — the sys module: what the interpreter knows about itself and its process.
 * sys.modules is the interpreter's module table (ROOT_MODULES) itself; sys.path starts with
 * the script's folder (or '' for -c / stdin), then the embedded standard library.
 */

import { getRoot } from "../../gc/index.js";
import { recursion } from "../call.js";
import { E, newException } from "../exceptions.js";
import { dictSet } from "../objects/dict.js";
import { intValue, newInt, newIntBig } from "../objects/int.js";
import { newListFrom } from "../objects/list.js";
import { newStr } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { ROOT_MODULES, noneRef, throwPy } from "../state.js";
import { STDLIB_DIR } from "../libsources.js";
import { functionTable } from "../modules.js";
import { E as Exc, raise } from "../exceptions.js";
import { isIntLike } from "../objects/int.js";
import { typeName } from "../types.js";

export const PYTHON_VERSION = [3, 11, 7] as const;

const sysFunctions = functionTable({
  exit: ([code]) => throwPy(newException(E.SystemExit, code === undefined ? [] : [code])),
  setrecursionlimit: ([n]) => {
    if (n === undefined || !isIntLike(n)) raise(Exc.TypeError, `'${n === undefined ? "NoneType" : typeName(n)}' object cannot be interpreted as an integer`);
    const v = Number(intValue(n));
    if (v < 1) raise(Exc.ValueError, "recursion limit must be greater or equal than 1");
    recursion.limit = v;
    return noneRef();
  },
  getrecursionlimit: () => newInt(recursion.limit),
  intern: ([s]) => s!,
});

export interface SysConfig {
  argv: readonly string[];
  /** sys.path[0]: the script's folder, '' for -c and stdin, the cwd for -m. */
  path0: string;
}

export function initSys(d: number, cfg: SysConfig): void {
  const set = (k: string, v: number) => dictSet(d, newStr(k), v);
  sysFunctions(d);
  set("argv", newListFrom(cfg.argv.map(newStr)));
  set("path", newListFrom([cfg.path0, STDLIB_DIR].map(newStr)));
  set("modules", getRoot(ROOT_MODULES));
  set("maxsize", newIntBig(2n ** 63n - 1n));
  const [major, minor, micro] = PYTHON_VERSION;
  set("version_info", newTuple([newInt(major), newInt(minor), newInt(micro), newStr("final"), newInt(0)]));
  set("hexversion", newInt((major << 24) | (minor << 16) | (micro << 8) | 0xf0));
  set("version", newStr(`${major}.${minor}.${micro} (pypy-ts)`));
  set("platform", newStr(process.platform === "win32" ? "win32" : process.platform));
  set("byteorder", newStr("little"));
  set("executable", newStr(process.execPath));
  set("builtin_module_names", newTuple(["builtins", "sys"].map(newStr)));
}
