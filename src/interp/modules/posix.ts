/*
 * posix.ts — the operating-system calls under lib/os.py and lib/posixpath.py, as CPython's
 * built-in `posix` module provides them. Paths under the embedded standard library (fs.ts)
 * stat as read-only files and directories. Failures raise CPython's OSError subclasses.
 */

import { lstatSync, mkdirSync, realpathSync, readdirSync, renameSync, rmdirSync, statSync, unlinkSync, type Stats } from "node:fs";
import { cpus } from "node:os";
import { E, raise } from "../exceptions.js";
import { isDir, isFile, listDir } from "../fs.js";
import * as L from "../layouts.js";
import { isStdlibPath } from "../libsources.js";
import { defineBuiltinModule, functionTable } from "../modules.js";
import { newBytes } from "../objects/bytes.js";
import { dictSet, newDict } from "../objects/dict.js";
import { newFloat } from "../objects/float.js";
import { intValue, isIntLike, layoutOf, newInt, newIntBig } from "../objects/int.js";
import { newListFrom } from "../objects/list.js";
import { newStr, strToJs } from "../objects/str.js";
import { newTuple } from "../objects/tuple.js";
import { noneRef } from "../state.js";
import { typeName } from "../types.js";
import { raiseErrno, raiseFromNode } from "./oserror.js";

function pathArg(w: number | undefined, fname: string, dflt?: string): string {
  if (w === undefined || (dflt !== undefined && w === noneRef())) {
    if (dflt !== undefined) return dflt;
    raise(E.TypeError, `${fname}() missing required argument 'path' (pos 1)`);
  }
  if ((w & 1) === 0 && layoutOf(w) === L.L_STR) return strToJs(w);
  return raise(E.TypeError, `${fname}: path should be string, bytes or os.PathLike, not ${typeName(w)}`);
}

function sys<T>(f: () => T, path: string, path2: string | null = null): T {
  try {
    return f();
  } catch (e) {
    return raiseFromNode(e, path, path2);
  }
}

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;

/** (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime), what os.stat_result wraps. */
function statTuple(path: string, follow: boolean): number {
  if (isStdlibPath(path)) {
    if (isFile(path)) return newTuple([S_IFREG | 0o444, 0, 0, 1, 0, 0, 0, 0, 0, 0].map((n) => newInt(n)));
    if (isDir(path)) return newTuple([S_IFDIR | 0o555, 0, 0, 1, 0, 0, 0, 0, 0, 0].map((n) => newInt(n)));
    raiseErrno("ENOENT", path);
  }
  const st: Stats = sys(() => (follow ? statSync(path) : lstatSync(path)), path);
  return newTuple([
    newInt(st.mode),
    newIntBig(BigInt(st.ino)),
    newIntBig(BigInt(st.dev)),
    newInt(st.nlink),
    newInt(st.uid),
    newInt(st.gid),
    newIntBig(BigInt(st.size)),
    newFloat(st.atimeMs / 1000),
    newFloat(st.mtimeMs / 1000),
    newFloat(st.ctimeMs / 1000),
  ]);
}

function modeArg(w: number | undefined): number {
  return w === undefined ? 0o777 : isIntLike(w) ? Number(intValue(w)) : raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
}

const posixFunctions = functionTable({
  getcwd: () => newStr(process.cwd()),
  chdir: ([p]) => {
    const path = pathArg(p, "chdir");
    sys(() => process.chdir(path), path);
    return noneRef();
  },
  listdir: ([p]) => {
    const path = pathArg(p, "listdir", ".");
    if (isStdlibPath(path)) {
      if (!isDir(path)) raiseErrno(isFile(path) ? "ENOTDIR" : "ENOENT", path);
      return newListFrom(listDir(path).map(newStr));
    }
    return newListFrom(sys(() => readdirSync(path), path).map(newStr));
  },
  mkdir: ([p, mode]) => {
    const path = pathArg(p, "mkdir");
    sys(() => mkdirSync(path, { mode: modeArg(mode) }), path);
    return noneRef();
  },
  rmdir: ([p]) => {
    const path = pathArg(p, "rmdir");
    sys(() => rmdirSync(path), path);
    return noneRef();
  },
  unlink: ([p]) => {
    const path = pathArg(p, "unlink");
    sys(() => {
      if (statSync(path, { throwIfNoEntry: false })?.isDirectory()) throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      unlinkSync(path);
    }, path);
    return noneRef();
  },
  rename: ([a, b]) => {
    const src = pathArg(a, "rename");
    const dst = pathArg(b, "rename");
    sys(() => renameSync(src, dst), src, dst);
    return noneRef();
  },
  _stat: ([p]) => statTuple(pathArg(p, "stat"), true),
  _lstat: ([p]) => statTuple(pathArg(p, "lstat"), false),
  _realpath: ([p]) => {
    const path = pathArg(p, "realpath");
    try {
      return newStr(realpathSync(path));
    } catch {
      return newStr(path);
    }
  },
  getpid: () => newInt(process.pid),
  getppid: () => newInt(process.ppid),
  cpu_count: () => newInt(cpus().length),
  urandom: ([n]) => {
    if (n === undefined || !isIntLike(n)) raise(E.TypeError, "urandom() argument must be an integer");
    const k = Number(intValue(n));
    if (k < 0) raise(E.ValueError, "negative argument not allowed");
    // node:crypto loaded on first use (start-up pays for every module loaded)
    return newBytes(process.getBuiltinModule("node:crypto").randomFillSync(new Uint8Array(k)));
  },
  strerror: ([n]) => newStr(`Unknown error ${n === undefined ? "" : String(intValue(n))}`),
  _exit: ([n]) => process.exit(n === undefined ? 0 : Number(intValue(n))),
});

defineBuiltinModule({
  name: "posix",
  unshadowable: true,
  init: (d) => {
    posixFunctions(d);
    const env = newDict();
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) dictSet(env, newStr(k), newStr(v));
    dictSet(d, newStr("environ"), env);
  },
});
