/*
 * import.ts — the import system: CPython's importlib semantics, written directly.
 *
 *   IMPORT_NAME  -> importHook(globals, name, fromlist, level)   (also builtins.__import__)
 *   IMPORT_FROM  -> importFrom(module, name)
 *   IMPORT_STAR  -> importStar(locals, module)
 *
 * Finding a module (findSpec): the built-in TS modules that CPython has compiled in (sys,
 * time, ...: `unshadowable`) come first; then each sys.path entry (a package's __path__ for a
 * submodule): `<dir>/<name>/__init__.py` (a package), `<dir>/<name>.py`, else remember
 * `<dir>/<name>/` as a namespace-package portion. The embedded standard library is the
 * sys.path entry STDLIB_DIR (after the script's folder, so a user's `heapq.py` shadows it, as
 * in CPython); the TS modules that CPython ships as extension modules (math, ...) are found
 * at that entry too.
 *
 * Loading: the module object goes into sys.modules BEFORE its code runs (so circular imports
 * see the partially initialised module) and is removed again if the code raises; the name
 * stays in `initializing` meanwhile, for CPython's "partially initialized module" messages.
 * A module's code objects are promoted to the old space (a collection) before it runs, as the
 * main program's are. Everything here may run Python code, so heap references are never held
 * across a load: modules are looked up again in sys.modules by name afterwards.
 */

import { realpathSync } from "node:fs";
import { collect, getHandle, getRoot, handleMark, popHandles, pushHandle, setRoot } from "../gc/index.js";
import { compileModule } from "../frontend/compiler.js";
import { PySyntaxError } from "../frontend/errors.js";
import { parseModule } from "../frontend/parser.js";
import { decodeSource } from "../frontend/source.js";
import { callObject, newFrame, runFrame } from "./call.js";
import { loadCode } from "./code.js";
import { E, EXC, newException, raise } from "./exceptions.js";
import { isDir, isFile, readBytes } from "./fs.js";
import * as L from "./layouts.js";
import { BUILTIN_MODULES, moduleDict, newModule, sysDict } from "./modules.js";
import { dictDelete, dictGet, dictSet, entries } from "./objects/dict.js";
import { intValue, layoutOf } from "./objects/int.js";
import { listGet, listItems, listLen, newListFrom } from "./objects/list.js";
import { newStr, strToJs } from "./objects/str.js";
import { newTuple } from "./objects/tuple.js";
import { getAttrSlow, setAttrSlow } from "./ops/attrs.js";
import { iterToArray } from "./ops/iter.js";
import { reprJs } from "./ops/format.js";
import { PENDING, ROOT_CODES, ROOT_EXC, ROOT_MODULES, noneRef, throwPy } from "./state.js";
import { STDLIB_DIR } from "./libsources.js";
import { sourceLines } from "./traceback.js";
import { type KwArgs, isInstance, typeName } from "./types.js";

/** How a module is made: a TS module's init, a source file, or a namespace package. */
interface Spec {
  name: string;
  kind: "builtin" | "source" | "namespace";
  /** The source file (`__file__`), or null. */
  origin: string | null;
  /** A package's `__path__`, or null for a plain module. */
  locations: string[] | null;
}

/** Names of the modules whose code is running right now (partially initialised). */
const initializing = new Set<string>();

export function resetImports(): void {
  initializing.clear();
}

export function isInitializing(name: string): boolean {
  return initializing.has(name);
}

// ---- small helpers over the heap

function isStr(w: number): boolean {
  return w !== 0 && (w & 1) === 0 && layoutOf(w) === L.L_STR;
}

function modulesGet(name: string): number {
  return dictGet(getRoot(ROOT_MODULES), newStr(name));
}

/** getattr(obj, name) or 0 when it has no such attribute (hasattr's view). */
function attrOrZero(obj: number, name: string): number {
  if ((obj & 1) === 0 && layoutOf(obj) === L.L_MODULE) {
    const v = dictGet(moduleDict(obj), newStr(name));
    if (v !== 0 || dictGet(moduleDict(obj), newStr("__getattr__")) === 0) return v;
  }
  try {
    return getAttrSlow(obj, newStr(name));
  } catch (e) {
    if (e === PENDING && isInstance(getRoot(ROOT_EXC), E.AttributeError)) {
      setRoot(ROOT_EXC, 0);
      return 0;
    }
    throw e;
  }
}

/** An ImportError (or subclass) with its `name` and `path` attributes, raised. */
export function raiseImportError(t = E.ImportError, msg: string, name: string | null, path: string | null = null): never {
  const exc = newException(t, [newStr(msg)]);
  const h = pushHandle(exc);
  try {
    setAttrSlow(getHandle(h), newStr("name"), name === null ? noneRef() : newStr(name));
    setAttrSlow(getHandle(h), newStr("path"), path === null ? noneRef() : newStr(path));
    throwPy(getHandle(h));
  } finally {
    popHandles(h);
  }
}

function notFound(name: string, msg = `No module named '${name}'`): never {
  raiseImportError(E.ModuleNotFoundError, msg, name);
}

/** The str items of sys.path (non-str entries are skipped, as CPython's path finder does). */
function sysPath(): string[] {
  const p = dictGet(sysDict(), newStr("path"));
  if (p === 0 || (p & 1) !== 0 || layoutOf(p) !== L.L_LIST) raise(E.ImportError, "sys.path must be a list of directory names");
  return listItems(p).filter(isStr).map(strToJs);
}

function joinPath(dir: string, name: string): string {
  return dir === "" || dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

// ---- finding

function findSpec(name: string, path: string[] | null): Spec | null {
  const tail = name.slice(name.lastIndexOf(".") + 1);
  const ts = path === null ? BUILTIN_MODULES.get(name) : undefined;
  if (ts !== undefined && ts.unshadowable) return { name, kind: "builtin", origin: null, locations: null };
  const portions: string[] = [];
  for (const entry of path ?? sysPath()) {
    if (ts !== undefined && entry === STDLIB_DIR) return { name, kind: "builtin", origin: null, locations: null };
    // '' is the current directory; the files found there get absolute names, as in CPython
    const dir = entry === "" ? process.cwd() : entry;
    const base = joinPath(dir, tail);
    if (isDir(base)) {
      const init = `${base}/__init__.py`;
      if (isFile(init)) return { name, kind: "source", origin: init, locations: [base] };
      portions.push(base);
    }
    if (isFile(`${base}.py`)) return { name, kind: "source", origin: `${base}.py`, locations: null };
  }
  if (portions.length > 0) return { name, kind: "namespace", origin: null, locations: portions };
  return null;
}

// ---- loading

/** Compiles a source file to a heap code object promoted to the old space (0 never). */
export function compileFile(bytes: Uint8Array, filename: string): number {
  let co;
  try {
    const source = decodeSource(bytes, filename);
    co = compileModule(parseModule(source, filename), filename, source);
    sourceLines.set(filename, source.split(/\r\n|\r|\n/));
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(e);
    throw e;
  }
  loadCode(co);
  collect(false); // code objects never move (the JIT bakes their addresses into traces)
  const codes = getRoot(ROOT_CODES);
  return listGet(codes, listLen(codes) - 1); // loadCode registers the module's code last
}

/** A frontend SyntaxError as the Python exception, with CPython's attributes. */
export function raiseSyntaxError(e: PySyntaxError): never {
  const t = EXC[e.type] ?? EXC.SyntaxError!;
  const n = newIntSmall;
  const details = newTuple([newStr(e.filename), n(e.lineno), n(e.offset), e.text === null ? noneRef() : newStr(e.text), n(e.endLineno), n(e.endOffset)]);
  const exc = newException(t, [newStr(e.msg), details]);
  const h = pushHandle(exc);
  try {
    const set = (k: string, v: number) => setAttrSlow(getHandle(h), newStr(k), v);
    set("msg", newStr(e.msg));
    set("filename", newStr(e.filename));
    set("lineno", newIntSmall(e.lineno));
    set("offset", newIntSmall(e.offset));
    set("text", e.text === null ? noneRef() : newStr(e.text));
    set("end_lineno", newIntSmall(e.endLineno));
    set("end_offset", newIntSmall(e.endOffset));
    throwPy(getHandle(h));
  } finally {
    popHandles(h);
  }
}

function newIntSmall(n: number): number {
  return (n << 1) | 1;
}

/** The module attributes CPython's loader sets before running the code. */
export function initModuleDict(d: number, name: string, file: string | null, pkg: string | null, locations: string[] | null): void {
  const set = (k: string, v: number) => dictSet(d, newStr(k), v);
  set("__name__", newStr(name));
  set("__doc__", noneRef());
  set("__package__", pkg === null ? noneRef() : newStr(pkg));
  set("__loader__", noneRef());
  set("__spec__", noneRef());
  if (locations !== null) set("__path__", newListFrom(locations.map(newStr)));
  if (file !== null || locations !== null) set("__file__", file === null ? noneRef() : newStr(file));
  set("__builtins__", modulesGet("builtins") || noneRef());
}

/** Creates the module, registers it in sys.modules, runs its code; returns sys.modules[name]. */
function load(spec: Spec): number {
  const { name } = spec;
  const m = newModule(name);
  if (spec.kind !== "builtin") {
    const pkg = spec.locations !== null ? name : name.slice(0, Math.max(0, name.lastIndexOf(".")));
    initModuleDict(moduleDict(m), name, spec.origin, pkg, spec.locations);
  }
  dictSet(getRoot(ROOT_MODULES), newStr(name), m);
  initializing.add(name);
  try {
    if (spec.kind === "builtin") BUILTIN_MODULES.get(name)!.init(moduleDict(m));
    else if (spec.kind === "source") runModuleCode(name, spec.origin!);
  } catch (e) {
    dictDelete(getRoot(ROOT_MODULES), newStr(name));
    throw e;
  } finally {
    initializing.delete(name);
  }
  const mod = modulesGet(name);
  if (mod === 0) raiseImportError(E.ImportError, `Loaded module ${name} not found in sys.modules`, name);
  // CPython moves the entry to the end of sys.modules once loaded
  const h = pushHandle(mod);
  dictDelete(getRoot(ROOT_MODULES), newStr(name));
  dictSet(getRoot(ROOT_MODULES), newStr(name), getHandle(h));
  popHandles(h);
  return getHandle(h);
}

/** Compiles and runs a source file in the namespace of sys.modules[name]. */
function runModuleCode(name: string, file: string): void {
  const code = compileFile(readBytes(file), file);
  const d = moduleDict(modulesGet(name));
  if (runFrame(newFrame(code, d, d)) === 0) throw PENDING;
}

// ---- the import algorithm

/** The module named `name` (absolute), importing it and its parents as needed. */
export function importAbsolute(name: string): number {
  const m = modulesGet(name);
  if (m !== 0) {
    if (m === noneRef()) notFound(name, `import of ${name} halted; None in sys.modules`);
    return m;
  }
  const dot = name.lastIndexOf(".");
  let path: string[] | null = null;
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    if (modulesGet(parent) === 0) importAbsolute(parent);
    const again = modulesGet(name);
    if (again !== 0) return again; // the parent's code imported it
    const p = attrOrZero(modulesGet(parent), "__path__");
    if (p === 0) notFound(name, `No module named '${name}'; '${parent}' is not a package`);
    path = iterToArray(p).filter(isStr).map(strToJs);
  }
  const spec = findSpec(name, path);
  if (spec === null) notFound(name);
  load(spec);
  if (dot >= 0) {
    const parent = modulesGet(name.slice(0, dot));
    const child = modulesGet(name);
    if (parent !== 0 && child !== 0) {
      const h = pushHandle(child);
      try {
        setAttrSlow(parent, newStr(name.slice(dot + 1)), getHandle(h));
      } finally {
        popHandles(h);
      }
    }
  }
  return modulesGet(name);
}

/** `__package__` as CPython's _calc___package__ derives it from a module's globals. */
function packageOf(globals: number): number {
  const pkg = dictGet(globals, newStr("__package__"));
  if (pkg !== 0 && pkg !== noneRef()) return pkg;
  const spec = dictGet(globals, newStr("__spec__"));
  if (spec !== 0 && spec !== noneRef()) return getAttrSlow(spec, newStr("parent"));
  const name = dictGet(globals, newStr("__name__"));
  if (name === 0) raise(E.KeyError, "'__name__' not in globals");
  if (!isStr(name)) return name;
  if (dictGet(globals, newStr("__path__")) !== 0) return name;
  const s = strToJs(name);
  return newStr(s.slice(0, Math.max(0, s.lastIndexOf("."))));
}

/** The absolute name of a (possibly relative) import. */
function resolveName(name: string, globals: number, level: number): string {
  if (level === 0) {
    if (name === "") raise(E.ValueError, "Empty module name");
    return name;
  }
  const pkgW = globals === 0 ? 0 : packageOf(globals);
  if (pkgW !== 0 && !isStr(pkgW)) raise(E.TypeError, "package must be a string");
  const pkg = pkgW === 0 ? "" : strToJs(pkgW);
  if (pkg === "") raise(E.ImportError, "attempted relative import with no known parent package");
  const bits = pkg.split(".");
  if (bits.length < level) raise(E.ImportError, "attempted relative import beyond top-level package");
  const base = bits.slice(0, bits.length - (level - 1)).join(".");
  return name === "" ? base : `${base}.${name}`;
}

/** Imports the fromlist's submodules of a package (CPython's _handle_fromlist). */
function handleFromlist(modName: string, fromlist: number[], where: string): void {
  const names: string[] = [];
  for (const x of fromlist) {
    if (!isStr(x)) raise(E.TypeError, `Item in ${where} must be str, not ${typeName(x)}`);
    names.push(strToJs(x));
  }
  for (const x of names) {
    const mod = modulesGet(modName);
    if (mod === 0) return;
    if (x === "*") {
      if (where === "``from list''") {
        const all = attrOrZero(mod, "__all__");
        if (all !== 0) handleFromlist(modName, iterToArray(all), `${modName}.__all__`);
      }
      continue;
    }
    if (attrOrZero(mod, x) !== 0) continue;
    const sub = `${modName}.${x}`;
    try {
      importAbsolute(sub);
    } catch (e) {
      // a missing submodule is fine: IMPORT_FROM reports the missing name
      if (e !== PENDING) throw e;
      const exc = getRoot(ROOT_EXC);
      if (!isInstance(exc, E.ModuleNotFoundError)) throw e;
      const n = attrOrZero(exc, "name");
      if (!(isStr(n) && strToJs(n) === sub && modulesGet(sub) !== noneRef())) throw e;
      setRoot(ROOT_EXC, 0);
    }
  }
}

/** __import__(name, globals, locals, fromlist, level): what IMPORT_NAME pushes. */
export function importHook(name: string, globals: number, fromlist: number, level: number): number {
  if (level < 0) raise(E.ValueError, "level must be >= 0");
  const mark = handleMark();
  try {
    const hGlobals = pushHandle(globals);
    const from = fromlist === 0 || fromlist === noneRef() ? [] : iterToArray(fromlist);
    for (const x of from) pushHandle(x);
    const abs = resolveName(name, getHandle(hGlobals), level);
    const module = importAbsolute(abs);
    if (from.length === 0) {
      if (level === 0) return modulesGet(name.split(".")[0]!);
      if (name === "") return module;
      // the top package of `name` in the resolved module's name
      const cut = name.length - name.split(".")[0]!.length;
      const modName = strToJs(dictGet(moduleDict(module), newStr("__name__")) || newStr(abs));
      return modulesGet(modName.slice(0, modName.length - cut));
    }
    if (attrOrZero(module, "__path__") === 0) return module;
    const items: number[] = [];
    for (let i = 0; i < from.length; i++) items.push(getHandle(hGlobals + 1 + i));
    handleFromlist(abs, items, "``from list''");
    return modulesGet(abs) || module;
  } finally {
    popHandles(mark);
  }
}

/** IMPORT_FROM: module.name, falling back to sys.modules for a circular submodule import. */
export function importFrom(module: number, name: number): number {
  const h = pushHandle(module);
  const hn = pushHandle(name);
  try {
    const v = attrOrZero(module, strToJs(name));
    if (v !== 0) return v;
    const pkgW = attrOrZero(getHandle(h), "__name__");
    const n = strToJs(getHandle(hn));
    if (isStr(pkgW)) {
      const sub = modulesGet(`${strToJs(pkgW)}.${n}`);
      if (sub !== 0) return sub;
    }
    const pkg = isStr(pkgW) ? strToJs(pkgW) : "<unknown module name>";
    const fileW = attrOrZero(getHandle(h), "__file__");
    const where = isStr(fileW) ? strToJs(fileW) : "unknown location";
    const nameRepr = reprJs(getHandle(hn));
    const pkgRepr = reprJs(newStr(pkg));
    const msg = initializing.has(pkg)
      ? `cannot import name ${nameRepr} from partially initialized module ${pkgRepr} (most likely due to a circular import) (${where})`
      : `cannot import name ${nameRepr} from ${pkgRepr} (${where})`;
    return raiseImportError(E.ImportError, msg, pkg, isStr(fileW) ? where : null);
  } finally {
    popHandles(h);
  }
}

/** IMPORT_STAR: binds the module's public names (or its __all__) in `locals`. */
export function importStar(locals: number, module: number): void {
  const mark = handleMark();
  try {
    const hLocals = pushHandle(locals);
    const hMod = pushHandle(module);
    const modNameW = attrOrZero(module, "__name__");
    const modName = isStr(modNameW) ? strToJs(modNameW) : "module";
    const all = attrOrZero(getHandle(hMod), "__all__");
    const fromAll = all !== 0;
    let names: number[];
    if (fromAll) names = iterToArray(all);
    else {
      const mod = getHandle(hMod);
      const d = (mod & 1) === 0 && layoutOf(mod) === L.L_MODULE ? moduleDict(mod) : attrOrZero(mod, "__dict__");
      if (d === 0) raise(E.ImportError, "from-import-* object has no __dict__ and no __all__");
      names = entries(d).map(([k]) => k).filter((k) => !(isStr(k) && strToJs(k).startsWith("_")));
    }
    const namesJs: string[] = [];
    for (const k of names) {
      if (!isStr(k)) raise(E.TypeError, `${fromAll ? "Item" : "Key"} in ${modName}.${fromAll ? "__all__" : "__dict__"} must be str, not ${typeName(k)}`);
      namesJs.push(strToJs(k));
    }
    for (const n of namesJs) {
      const v = getAttrSlow(getHandle(hMod), newStr(n));
      dictSet(getHandle(hLocals), newStr(n), v);
    }
  } finally {
    popHandles(mark);
  }
}

/** The directory CPython puts first on sys.path for a script (symlinks resolved). */
export function scriptDirectory(file: string): string {
  const slash = file.lastIndexOf("/");
  const dir = slash < 0 ? "." : slash === 0 ? "/" : file.slice(0, slash);
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

const PSEUDO_FILES = new Set(["<string>", "<stdin>"]);

/** sys.path[0] for a program read from `filename` (CPython: '' for -c and stdin). */
export function mainPath0(filename: string): string {
  return PSEUDO_FILES.has(filename) ? "" : scriptDirectory(absolutePath(filename));
}

/** CPython's absolute __file__ of the main script: the cwd joined as is, not normalized. */
export function absolutePath(file: string): string {
  return file.startsWith("/") ? file : `${process.cwd()}/${file}`;
}

/** The __main__ module (registered in sys.modules); returns its dict, the program's globals. */
export function newMainModule(filename: string): number {
  const m = newModule("__main__");
  const d = moduleDict(m);
  dictSet(getRoot(ROOT_MODULES), newStr("__main__"), m);
  initModuleDict(d, "__main__", PSEUDO_FILES.has(filename) ? null : absolutePath(filename), null, null);
  return d;
}

/** module.name when the module's dict has no `name`: PEP 562's __getattr__, then CPython's messages. */
export function moduleAttrMissing(module: number, name: number): number {
  const d = moduleDict(module);
  const n = strToJs(name);
  if (n === "__dict__") return d;
  const hook = dictGet(d, newStr("__getattr__"));
  if (hook !== 0) return callObject(hook, [name], null);
  const modName = dictGet(d, newStr("__name__"));
  if (!isStr(modName)) raise(E.AttributeError, `module has no attribute '${n}'`);
  const m = strToJs(modName);
  if (initializing.has(m)) raise(E.AttributeError, `partially initialized module '${m}' has no attribute '${n}' (most likely due to a circular import)`);
  return raise(E.AttributeError, `module '${m}' has no attribute '${n}'`);
}

/** builtins.__import__(name, globals=None, locals=None, fromlist=(), level=0) */
export function dunderImport(args: number[], kw: KwArgs | null): number {
  const params = ["name", "globals", "locals", "fromlist", "level"];
  const vals: number[] = params.map((p, i) => args[i] ?? kw?.get(p) ?? 0);
  if (args.length > params.length) raise(E.TypeError, `__import__() takes at most 5 arguments (${args.length} given)`);
  for (const k of kw?.keys() ?? []) if (!params.includes(k)) raise(E.TypeError, `'${k}' is an invalid keyword argument for __import__()`);
  const [name, globals, , fromlist, level] = vals;
  if (name === 0) raise(E.TypeError, "__import__() missing required argument 'name' (pos 1)");
  if (!isStr(name!)) raise(E.TypeError, `__import__() argument 1 must be str, not ${typeName(name!)}`);
  const g = globals === 0 || globals === noneRef() ? 0 : globals!;
  return importHook(strToJs(name!), g, fromlist!, level === 0 ? 0 : Number(intValue(level!)));
}

/**
 * Where `-m name` finds its code: the module's file and its package (`__package__`), or the
 * message CPython prints when it can't (parent packages are imported on the way).
 */
export function findMainModule(name: string): { file: string; pkg: string } | string {
  let path: string[] | null = null;
  const dot = name.lastIndexOf(".");
  if (name.startsWith(".")) return "Relative module names not supported";
  if (dot >= 0) {
    const parent = name.slice(0, dot);
    importAbsolute(parent);
    const p = attrOrZero(modulesGet(parent), "__path__");
    if (p === 0) return `Error while finding module specification for '${name}' (ModuleNotFoundError: __path__ attribute not found on '${parent}' while trying to find '${name}')`;
    path = iterToArray(p).filter(isStr).map(strToJs);
  }
  const spec = findSpec(name, path);
  if (spec === null) return `No module named ${name}`;
  if (spec.kind === "builtin") return `No code object available for ${name}`;
  if (spec.locations !== null) {
    // a package: run its __main__ (importing the package itself first, as runpy does)
    importAbsolute(name);
    const sub = findSpec(`${name}.__main__`, spec.locations);
    if (sub === null) return `No module named ${name}.__main__; '${name}' is a package and cannot be directly executed`;
    if (sub.locations !== null) return `Cannot use package as __main__ module; '${name}' is a package and cannot be directly executed`;
    return { file: sub.origin!, pkg: name };
  }
  return { file: spec.origin!, pkg: dot >= 0 ? name.slice(0, dot) : "" };
}
