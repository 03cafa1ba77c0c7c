/*
 * sys.ts — the sys module: what the interpreter knows about itself and its process.
 * sys.modules is the interpreter's module table (ROOT_MODULES) itself; sys.path starts with
 * the script's folder (or '' for -c / stdin), then the embedded standard library.
 */

import { getHandle, getRoot, popHandles, pushHandle } from "../../gc/index.js";
import { reprJs } from "../ops/format.js";
import { ROOT_BUILTINS } from "../state.js";
import { recursion } from "../call.js";
import { E, newException } from "../exceptions.js";
import { dictGet, dictSet } from "../objects/dict.js";
import { intValue, newInt, newIntBig } from "../objects/int.js";
import { newListFrom } from "../objects/list.js";
import { newStr } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { ROOT_MODULES, noneRef, throwPy } from "../state.js";
import { STDLIB_DIR } from "../libsources.js";
import { BUILTIN_MODULES, functionTable, sysDict } from "../modules.js";
import { importAbsolute } from "../import.js";
import { currentStd, newConsoleStreams, writeTo } from "./io.js";
import { L_STR } from "../layouts.js";
import { layoutOf } from "../objects/int.js";
import { strToJs } from "../objects/str.js";
import { getAttrSlow } from "../ops/attrs.js";
import { boolRef, topmostHandled } from "../state.js";
import { sysExcInfo } from "../exc-attrs.js";
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
  intern: ([s]) => {
    if (s === undefined || (s & 1) !== 0 || layoutOf(s) !== L_STR) raise(Exc.TypeError, `intern() argument must be str, not ${s === undefined ? "nothing" : typeName(s)}`);
    return s;
  },
  exc_info: () => sysExcInfo(),
  exception: () => topmostHandled() || noneRef(),
  displayhook: ([v]) => {
    if (v === undefined) raise(Exc.TypeError, "displayhook() takes exactly one argument (0 given)");
    if (v === noneRef()) return noneRef();
    const h = pushHandle(v);
    try {
      dictSet(getRoot(ROOT_BUILTINS), newStr("_"), noneRef());
      const text = reprJs(v) + "\n"; // may run a user __repr__
      writeTo(currentStd("stdout"), text);
      dictSet(getRoot(ROOT_BUILTINS), newStr("_"), getHandle(h));
      return noneRef();
    } finally {
      popHandles(h);
    }
  },
  getdefaultencoding: () => newStr("utf-8"),
  getfilesystemencoding: () => newStr("utf-8"),
  // the values that need Python classes come from lib/_sysinfo.py on first use
  __getattr__: ([name]) => {
    const n = strToJs(name!);
    if (!LAZY.has(n)) raise(Exc.AttributeError, `module 'sys' has no attribute '${n}'`);
    const info = importAbsolute("_sysinfo");
    const v = getAttrSlow(info, newStr(n));
    dictSet(sysDict(), newStr(n), v);
    return v;
  },
});

const LAZY = new Set(["implementation", "flags", "float_info", "int_info", "hash_info", "thread_info"]);

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
  set("builtin_module_names", newTuple([...BUILTIN_MODULES.values()].filter((m) => m.unshadowable).map((m) => m.name).concat(["builtins", "sys"]).sort().map(newStr)));
  const std = newConsoleStreams();
  for (const k of ["stdin", "stdout", "stderr"] as const) {
    set(k, std[k]);
    set(`__${k}__`, std[k]);
  }
  set("dont_write_bytecode", boolRef(true));
  set("__displayhook__", dictGet(d, newStr("displayhook")));
  set("prefix", newStr(STDLIB_DIR));
  set("exec_prefix", newStr(STDLIB_DIR));
  set("api_version", newInt(1013));
  set("orig_argv", newListFrom(["pypy-ts", ...cfg.argv].map(newStr)));
}
