/*
 * repr.ts — repr() and str() of every builtin type, as JS strings.
 *
 * Residual code: decodes heap values into a JS string for one call. Containers guard against
 * recursion (`[...]`, `{...}`) with a stack of the containers being printed, and keep their
 * items in handles while a user __repr__ may run (and collect). Floats use the frontend's
 * reprFloat (CPython's shortest repr).
 */

import { getHandle, handleMark, identityOf, isTaggedInt, loadF64, loadI32, loadRef, loadU8, popHandles, pushHandle, varLength } from "../../gc/index.js";
import { reprFloat, reprStr } from "../../frontend/constants.js";
import { codeInfo } from "../code.js";
import { isUserObject, superRepr, typeFullName, userReprStr } from "../classes.js";
import { descrRepr } from "../descr.js";
import { EXC, E, excArgs } from "../exceptions.js";
import * as L from "../layouts.js";
import { dictGet, entries } from "../objects/dict.js";
import { intValue, layoutOf } from "../objects/int.js";
import { listItems } from "../objects/list.js";
import { newStr, strToJs } from "../objects/str.js";
import { tupleItems, tupleLen } from "../objects/tuple.js";
import { intToDecimal } from "../ops/arith.js";
import { numValue } from "../ops/compare.js";
import { BUILTIN_IMPLS, findMethod, isInstance, typeDescOf, typeName, typeOf } from "../types.js";

export function reprFloatJs(x: number): string {
  return reprFloat(x);
}

const reprStack: number[] = [];

function hexId(w: number): string {
  return "0x" + identityOf(w).toString(16).padStart(12, "0");
}

/** repr(w) as a JS string. */
export function reprJs(w: number): string {
  if (isTaggedInt(w)) return String(w >> 1);
  const l = layoutOf(w);
  if (l !== L.L_EXCEPTION && isUserObject(w)) {
    const s = userReprStr(w, false);
    if (s !== null) return s;
  }
  switch (l) {
    case L.L_INT:
    case L.L_LONG:
      return intToDecimal(intValue(w));
    case L.L_BOOL:
      return intValue(w) ? "True" : "False";
    case L.L_FLOAT:
      return reprFloat(loadF64(w, L.FLOAT_VALUE));
    case L.L_NONE:
      return "None";
    case L.L_NOTIMPL:
      return "NotImplemented";
    case L.L_ELLIPSIS:
      return "Ellipsis";
    case L.L_STR:
      return reprStr(strToJs(w));
    case L.L_TUPLE:
    case L.L_LIST:
    case L.L_DICT:
    case L.L_SET:
    case L.L_FROZENSET:
      return reprContainer(w, l);
    case L.L_RANGE: {
      const step = loadRef(w, L.RANGE_STEP);
      const s = `range(${reprJs(loadRef(w, L.RANGE_START))}, ${reprJs(loadRef(w, L.RANGE_STOP))}`;
      return numValue(step) == 1 ? s + ")" : `${s}, ${reprJs(step)})`;
    }
    case L.L_SLICE:
      return `slice(${reprJs(loadRef(w, L.SLICE_START))}, ${reprJs(loadRef(w, L.SLICE_STOP))}, ${reprJs(loadRef(w, L.SLICE_STEP))})`;
    case L.L_TYPE:
      return `<class '${typeFullName(typeDescOf(w))}'>`;
    case L.L_SUPER:
      return superRepr(w);
    case L.L_PROPERTY:
    case L.L_CLASSMETHOD:
    case L.L_STATICMETHOD:
    case L.L_MEMBER:
      return descrRepr(w, reprJs, hexId(w))!;
    case L.L_BYTES:
      return reprBytes(w);
    case L.L_METHOD:
      return `<bound method ${strToJs(loadRef(loadRef(w, L.METHOD_FUNC), L.FUNC_QUALNAME))} of ${reprJs(loadRef(w, L.METHOD_SELF))}>`;
    case L.L_TRACEBACK:
      return `<traceback object at ${hexId(w)}>`;
    case L.L_CELL:
      return `<cell at ${hexId(w)}: ${loadRef(w, L.CELL_VALUE) === 0 ? "empty" : `${typeName(loadRef(w, L.CELL_VALUE))} object at ${hexId(loadRef(w, L.CELL_VALUE))}`}>`;
    case L.L_FUNCTION:
      return `<function ${strToJs(loadRef(w, L.FUNC_QUALNAME))} at ${hexId(w)}>`;
    case L.L_BUILTIN: {
      const self = loadRef(w, L.BUILTIN_SELF);
      if (self !== 0) return `<built-in method ${builtinName(w)} of ${typeName(self)} object at ${hexId(self)}>`;
      return `<built-in function ${builtinName(w)}>`;
    }
    case L.L_EXCEPTION: {
      if (isUserObject(w)) {
        const s = userReprStr(w, false);
        if (s !== null) return s;
      }
      const args = excArgs(w);
      const name = typeName(w);
      if (tupleLen(args) === 1) return `${name}(${reprJs(tupleItems(args)[0]!)})`;
      return `${name}(${tupleItems(args).map(reprJs).join(", ")})`;
    }
    case L.L_MODULE:
      return moduleRepr(w);
    case L.L_CODE:
      return `<code object ${codeInfo(w).name} at ${hexId(w)}>`;
    case L.L_GENERATOR:
      return `<generator object ${strToJs(loadRef(w, L.GEN_NAME))} at ${hexId(w)}>`;
    default: {
      if (isUserObject(w)) {
        const s = userReprStr(w, false);
        if (s !== null) return s;
        return `<__main__.${typeName(w)} object at ${hexId(w)}>`;
      }
      const r = findMethod(typeOf(w), "__repr__"); // builtin types with their own repr (file objects)
      if (r >= 0) return strJs(BUILTIN_IMPLS[r]!.fn([w], null));
      return `<${typeName(w)} object at ${hexId(w)}>`;
    }
  }
}

/** <module 'm' from 'file'>, <module 'sys' (built-in)>, <module 'ns' (namespace)> */
function moduleRepr(m: number): string {
  const d = loadRef(m, L.MODULE_DICT);
  const nameW = dictGet(d, newStr("__name__"));
  const name = nameW !== 0 && !isTaggedInt(nameW) && layoutOf(nameW) === L.L_STR ? strToJs(nameW) : "?";
  const file = dictGet(d, newStr("__file__"));
  if (file !== 0 && !isTaggedInt(file) && layoutOf(file) === L.L_STR) return `<module '${name}' from '${strToJs(file)}'>`;
  if (dictGet(d, newStr("__path__")) !== 0) return `<module '${name}' (namespace)>`;
  return `<module '${name}' (built-in)>`;
}

/** The name of a builtin function or method (from its implementation's table entry). */
function builtinName(w: number): string {
  return BUILTIN_IMPLS[loadI32(w, L.BUILTIN_IMPL)]?.name ?? "?";
}

function reprContainer(w: number, l: number): string {
  // the containers being printed, as handles: a user __repr__ inside may collect and move them
  if (reprStack.some((h) => getHandle(h) === w)) return l === L.L_LIST ? "[...]" : l === L.L_DICT ? "{...}" : "(...)";
  const h = pushHandle(w);
  reprStack.push(h);
  try {
    switch (l) {
      case L.L_TUPLE: {
        const items = reprRooted(tupleItems(w));
        return items.length === 1 ? `(${items[0]!},)` : `(${items.join(", ")})`;
      }
      case L.L_LIST:
        return `[${reprRooted(listItems(w)).join(", ")}]`;
      case L.L_DICT: {
        const kv = reprRooted(entries(w).flat());
        const out: string[] = [];
        for (let i = 0; i < kv.length; i += 2) out.push(`${kv[i]}: ${kv[i + 1]}`);
        return `{${out.join(", ")}}`;
      }
      default: {
        const ks = reprRooted(entries(w).map(([k]) => k));
        const name = l === L.L_SET ? "set" : "frozenset";
        if (ks.length === 0) return `${name}()`;
        return l === L.L_SET ? `{${ks.join(", ")}}` : `frozenset({${ks.join(", ")}})`;
      }
    }
  } finally {
    reprStack.pop();
    popHandles(h);
  }
}

/** repr of each item; the items live in handles because a user __repr__ may collect. */
function reprRooted(items: readonly number[], str = false): string[] {
  const mark = handleMark();
  try {
    for (const x of items) pushHandle(x);
    const out: string[] = [];
    for (let i = 0; i < items.length; i++) out.push(str ? strJs(getHandle(mark + i)) : reprJs(getHandle(mark + i)));
    return out;
  } finally {
    popHandles(mark);
  }
}

/** str of each item (print's arguments), rooted like reprRooted. */
export function strRooted(items: readonly number[]): string[] {
  return reprRooted(items, true);
}

/** str(w) as a JS string. */
export function strJs(w: number): string {
  if (!isTaggedInt(w)) {
    const l = layoutOf(w);
    if (l === L.L_STR) return strToJs(w);
    if (isUserObject(w)) {
      const s = userReprStr(w, true);
      if (s !== null) return s;
    }
    if (l === L.L_EXCEPTION) {
      const args = tupleItems(excArgs(w));
      if (isInstance(w, E.KeyError) && args.length === 1) return reprJs(args[0]!);
      if (isInstance(w, EXC.OSError!) && args.length >= 2 && args.length <= 5) return osErrorStr(w, args);
      if (isInstance(w, EXC.SyntaxError!) && loadRef(w, L.EXC_DICT) !== 0) return syntaxErrorStr(w, args);
      if (args.length === 0) return "";
      if (args.length === 1) return strJs(args[0]!);
      return reprJs(excArgs(w));
    }
  }
  return reprJs(w);
}

/** An instance attribute of an exception (set by the interpreter, e.g. OSError.filename), or 0. */
function excAttr(w: number, name: string): number {
  const d = loadRef(w, L.EXC_DICT);
  return d === 0 ? 0 : dictGet(d, newStr(name));
}

function isNoneOrMissing(v: number): boolean {
  return v === 0 || (!isTaggedInt(v) && layoutOf(v) === L.L_NONE);
}

/**
 * "[Errno 2] No such file or directory: 'name'": OSError(errno, strerror[, filename[, winerror[,
 * filename2]]]), or the filename/filename2 attributes of an OSError raised by the interpreter.
 */
function osErrorStr(w: number, args: number[]): string {
  const head = `[Errno ${strJs(args[0]!)}] ${strJs(args[1]!)}`;
  const file = args.length >= 3 ? args[2]! : excAttr(w, "filename");
  const file2 = args.length >= 5 ? args[4]! : excAttr(w, "filename2");
  if (isNoneOrMissing(file)) return head;
  if (isNoneOrMissing(file2)) return `${head}: ${reprJs(file)}`;
  return `${head}: ${reprJs(file)} -> ${reprJs(file2)}`;
}

/** "msg (file.py, line N)", from the msg/filename/lineno attributes as CPython's SyntaxError_str. */
function syntaxErrorStr(w: number, args: number[]): string {
  const msgW = excAttr(w, "msg");
  const msg = msgW !== 0 ? strJs(msgW) : args.length > 0 ? strJs(args[0]!) : "";
  const fileW = excAttr(w, "filename");
  const lineW = excAttr(w, "lineno");
  const file = fileW !== 0 && !isTaggedInt(fileW) && layoutOf(fileW) === L.L_STR ? strToJs(fileW) : null;
  const line = lineW !== 0 && isTaggedInt(lineW) ? lineW >> 1 : null;
  const base = file === null ? null : file.slice(file.lastIndexOf("/") + 1);
  if (base !== null && line !== null) return `${msg} (${base}, line ${line})`;
  if (base !== null) return `${msg} (${base})`;
  if (line !== null) return `${msg} (line ${line})`;
  return msg;
}

export function pyRepr(w: number): number {
  return newStr(reprJs(w));
}

export function pyStr(w: number): number {
  if (!isTaggedInt(w) && layoutOf(w) === L.L_STR) return w;
  return newStr(strJs(w));
}


function reprBytes(w: number): string {
  const n = varLength(w);
  let hasSingle = false;
  let hasDouble = false;
  for (let i = 0; i < n; i++) {
    const c = loadU8(w, L.BYTES_DATA + i);
    if (c === 0x27) hasSingle = true;
    if (c === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = "b" + q;
  for (let i = 0; i < n; i++) {
    const c = loadU8(w, L.BYTES_DATA + i);
    if (c === 0x5c) out += "\\\\";
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (String.fromCharCode(c) === q) out += "\\" + q;
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += String.fromCharCode(c);
  }
  return out + q;
}

/** ascii(w): repr with every non-ASCII character escaped (\\xhh, \\uhhhh, \\Uhhhhhhhh). */
export function asciiJs(w: number): string {
  let out = "";
  for (const ch of reprJs(w)) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out += ch;
    else if (c < 0x100) out += "\\x" + c.toString(16).padStart(2, "0");
    else if (c < 0x10000) out += "\\u" + c.toString(16).padStart(4, "0");
    else out += "\\U" + c.toString(16).padStart(8, "0");
  }
  return out;
}

