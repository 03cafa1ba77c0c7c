/*
 * entry.ts — the residual entry points the eval loop calls (ordinary TypeScript).
 *
 * Every function here is called from RTS code, so each has a one-line signature the
 * codewriter can read (Ref / Int) and never lets a JS exception escape: Python errors come
 * back as 0 (or -1 for int results) with the exception pending in ROOT_EXC (`caught`).
 * Functions that read operands from the frame's stack take (frame, slot index).
 */

import { ARRAY_ITEMS, allocFixed, getHandle, getRoot, handleMark, popHandles, pushHandle, isTaggedInt, loadI32, loadRef, setRoot, storeI32, storeRef, varLength } from "../gc/index.js";
import type { Int, Ref } from "../jit/hints.js";
import { OP_NAMES } from "../frontend/opcodes.js";
import { NOT_SIMPLE_CALL, callObject, callSimple, generatorReturn, generatorSend } from "./call.js";
import { layoutOf } from "./objects/int.js";
import { codeInfo } from "./code.js";
import { E, isExceptionType, newException, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictGet, dictSet, dictDelete, newDict, entries } from "./objects/dict.js";
import { intValue, newInt } from "./objects/int.js";
import { listAppend, listGet, listLen, newList, newListFrom, listItems } from "./objects/list.js";
import { newStr, strToJs } from "./objects/str.js";
import { newTuple, tupleItems } from "./objects/tuple.js";
import { binaryOp as binaryOpSlow } from "./ops/arith.js";
import { compareOp as compareOpSlow, truthy } from "./ops/compare.js";
import { asciiJs, formatJs, reprJs, strJs } from "./ops/format.js";
import { unaryOpSlow, getItemSlow, setItemSlow, containsSlow, newSliceObj } from "./ops/items.js";
import { getIterSlow, iterNextSlow, iterToArray } from "./ops/iter.js";
import { cachedLoadGlobal, cachedStoreGlobal, fillGlobalCache } from "./ops/global-cache.js";
import { getAttrOfCode, getAttrSlow, lookupMethodOfCode, setAttrOfCode } from "./ops/attrs.js";
import * as BuildOps from "./opnums.js";
import { PENDING, ROOT_BUILTINS, ROOT_EXC, ROOT_FRAME, ROOT_NONE, caught, throwPy, topmostHandled } from "./state.js";
import { T_TYPE, type KwArgs, isInstance, isSubtype, isTypeObject, typeDescOf, typeOf } from "./types.js";
import { constructFromStack } from "./classes.js";
import { importFrom as importFromModule, importHook, importStar as importStarInto } from "./import.js";
import { addTraceback } from "./traceback.js";
import { delegateNext } from "./generators.js";
import { excGetAttr } from "./exc-attrs.js";

function frameSlot(frame: number, i: number): number {
  return loadRef(frame, L.FRAME_SLOTS + 4 * i);
}

export function newIntNumber(n: Int): Ref {
  return newInt(n);
}

export function truthValue(v: Ref): Int {
  try {
    return truthy(v) ? 1 : 0;
  } catch (e) {
    return caught(e) - 1;
  }
}

export function unboundLocal(code: Ref, idx: Int): Ref {
  try {
    raise(E.UnboundLocalError, `cannot access local variable '${codeInfo(code).varnames[idx]}' where it is not associated with a value`);
  } catch (e) {
    return caught(e);
  }
}

export function unboundDeref(code: Ref, idx: Int): Ref {
  try {
    const co = codeInfo(code);
    if (idx < co.cellvars.length) raise(E.UnboundLocalError, `cannot access local variable '${co.cellvars[idx]}' where it is not associated with a value`);
    raise(E.NameError, `cannot access free variable '${co.freevars[idx - co.cellvars.length]}' where it is not associated with a value in enclosing scope`);
  } catch (e) {
    return caught(e);
  }
}

/** LOAD_NAME with a mapping that is not a dict as the locals: its __getitem__, then globals and builtins. */
function loadNameMapping(locals: Ref, name: Ref): Ref {
  const h = pushHandle(name);
  try {
    try {
      return getItemSlow(locals, name);
    } catch (e) {
      if (e !== PENDING || !isInstance(getRoot(ROOT_EXC), E.KeyError)) throw e;
      setRoot(ROOT_EXC, 0);
    }
    const n = getHandle(h);
    const g = dictGet(loadRef(getRoot(ROOT_FRAME), L.FRAME_GLOBALS), n);
    if (g !== 0) return g;
    const b = dictGet(getRoot(ROOT_BUILTINS), n);
    if (b !== 0) return b;
    return raise(E.NameError, `name '${strToJs(n)}' is not defined`);
  } finally {
    popHandles(h);
  }
}

/** mode 0: LOAD_NAME (locals, globals, builtins); 1: LOAD_GLOBAL. */
export function loadName(frame: Ref, name: Ref, mode: Int): Ref {
  const globals = loadRef(frame, L.FRAME_GLOBALS);
  const locals = loadRef(frame, L.FRAME_LOCALS);
  // a module's code has its globals as its locals: the global cache answers for both
  const globalOnly = mode === 1 || locals === 0 || locals === globals;
  if (globalOnly) {
    const v = cachedLoadGlobal(globals, name);
    if (v !== 0) return v;
  }
  try {
    if (!globalOnly) {
      if (isTaggedInt(locals) || layoutOf(locals) !== L.L_DICT) return loadNameMapping(locals, name);
      const v = dictGet(locals, name);
      if (v !== 0) return v;
    }
    let v = dictGet(globals, name);
    if (v === 0) v = dictGet(getRoot(ROOT_BUILTINS), name);
    if (v === 0) raise(E.NameError, `name '${strToJs(name)}' is not defined`);
    fillGlobalCache(globals, name);
    return v;
  } catch (e) {
    return caught(e);
  }
}

/** STORE/DELETE_NAME (mode 0) or _GLOBAL (mode 1); v = 0 deletes. 1 ok, 0 error. */
export function storeName(frame: Ref, name: Ref, v: Ref, mode: Int): Int {
  try {
    const locals = loadRef(frame, L.FRAME_LOCALS);
    const d = mode === 0 && locals !== 0 ? locals : loadRef(frame, L.FRAME_GLOBALS);
    if (isTaggedInt(d) || layoutOf(d) !== L.L_DICT) {
      // a class body's namespace from a metaclass's __prepare__: its own __setitem__/__delitem__
      try {
        setItemSlow(d, name, v);
      } catch (e) {
        if (v !== 0 || e !== PENDING || !isInstance(getRoot(ROOT_EXC), E.KeyError)) throw e;
        setRoot(ROOT_EXC, 0);
        raise(E.NameError, `name '${strToJs(name)}' is not defined`);
      }
      return 1;
    }
    if (v !== 0) {
      if (d === loadRef(frame, L.FRAME_GLOBALS)) {
        if (cachedStoreGlobal(d, name, v)) return 1;
        dictSet(d, name, v);
        fillGlobalCache(d, name);
      } else dictSet(d, name, v);
    } else if (dictDelete(d, name) === 0) raise(E.NameError, `name '${strToJs(name)}' is not defined`);
    return 1;
  } catch (e) {
    return caught(e);
  }
}

/** LOAD_ATTR at pc of code (whose attribute cache this fills). */
export function getAttr(code: Ref, pc: Int, obj: Ref, name: Ref): Ref {
  try {
    return getAttrOfCode(obj, name, code, pc);
  } catch (e) {
    return caught(e);
  }
}

/** STORE_ATTR (DELETE_ATTR when v is 0) at pc of code (whose attribute cache this fills). */
export function setAttr(code: Ref, pc: Int, obj: Ref, name: Ref, v: Ref): Int {
  try {
    setAttrOfCode(obj, name, v, code, pc);
    return 1;
  } catch (e) {
    return caught(e);
  }
}

/** LOAD_METHOD at pc of code: [obj] -> [method, obj] or [attribute, NULL]; obj is slot sp-1. */
export function loadMethod(frame: Ref, sp: Int, code: Ref, pc: Int, name: Ref): Int {
  try {
    const obj = frameSlot(frame, sp - 1);
    const m = lookupMethodOfCode(obj, name, code, pc);
    if (m !== 0) {
      storeRef(frame, L.FRAME_SLOTS + 4 * (sp - 1), m);
      storeRef(frame, L.FRAME_SLOTS + 4 * sp, obj);
      return 1;
    }
    const a = getAttrOfCode(obj, name);
    storeRef(frame, L.FRAME_SLOTS + 4 * (sp - 1), a);
    storeRef(frame, L.FRAME_SLOTS + 4 * sp, 0);
    return 1;
  } catch (e) {
    return caught(e);
  }
}

export function getItem(obj: Ref, key: Ref): Ref {
  try {
    return getItemSlow(obj, key);
  } catch (e) {
    return caught(e);
  }
}

/** obj[key] = v, or del obj[key] when v is 0. */
export function setItem(obj: Ref, key: Ref, v: Ref): Int {
  try {
    setItemSlow(obj, key, v);
    return 1;
  } catch (e) {
    return caught(e);
  }
}

export function newSlice(a: Ref, b: Ref, c: Ref): Ref {
  return newSliceObj(a, b, c);
}

/** 0 +x, 1 -x, 3 ~x. */
export function unaryOp(op: Int, v: Ref): Ref {
  try {
    return unaryOpSlow(op, v);
  } catch (e) {
    return caught(e);
  }
}

export function binaryOp(arg: Int, a: Ref, b: Ref): Ref {
  try {
    return binaryOpSlow(arg, a, b);
  } catch (e) {
    return caught(e);
  }
}

export function compareOp(arg: Int, a: Ref, b: Ref): Ref {
  try {
    return compareOpSlow(arg, a, b);
  } catch (e) {
    return caught(e);
  }
}

/** item in container: 1, 0, or -1 on error. */
export function contains(container: Ref, item: Ref): Int {
  try {
    return containsSlow(container, item) ? 1 : 0;
  } catch (e) {
    return caught(e) - 1;
  }
}

/** BUILD_* from the n stack slots starting at base (op says which). */
export function buildFromStack(frame: Ref, base: Int, n: Int, op: Int): Ref {
  try {
    const items: number[] = [];
    const count = op === BuildOps.BUILD_MAP ? 2 * n : op === BuildOps.BUILD_CONST_KEY_MAP ? n + 1 : op === BuildOps.LIST_TO_TUPLE ? 1 : n;
    for (let i = 0; i < count; i++) items.push(frameSlot(frame, base + i));
    switch (op) {
      case BuildOps.BUILD_TUPLE:
        return newTuple(items);
      case BuildOps.BUILD_LIST: {
        const l = newList();
        for (const v of items) listAppend(l, v);
        return l;
      }
      case BuildOps.BUILD_SET:
      case BuildOps.BUILD_MAP: {
        // a user __hash__/__eq__ may collect: items and the new dict live in handles
        const mark = handleMark();
        try {
          for (const v of items) pushHandle(v);
          const hd = pushHandle(newDict(op === BuildOps.BUILD_SET ? L.L_SET : L.L_DICT));
          if (op === BuildOps.BUILD_SET) for (let i = 0; i < n; i++) dictSet(getHandle(hd), getHandle(mark + i), 0);
          else for (let i = 0; i < n; i++) dictSet(getHandle(hd), getHandle(mark + 2 * i), getHandle(mark + 2 * i + 1));
          return getHandle(hd);
        } finally {
          popHandles(mark);
        }
      }
      case BuildOps.BUILD_CONST_KEY_MAP: {
        const d = newDict();
        const keys = tupleItems(items[n]!);
        for (let i = 0; i < n; i++) dictSet(d, keys[i]!, items[i]!);
        return d;
      }
      case BuildOps.BUILD_STRING:
        return newStr(items.map(strToJs).join(""));
      case BuildOps.LIST_TO_TUPLE:
        return newTuple(listItems(items[0]!));
    }
    return raise(E.RuntimeError, "bad build op");
  } catch (e) {
    return caught(e);
  }
}

/** LIST_APPEND / SET_ADD / MAP_ADD / LIST_EXTEND / SET_UPDATE / DICT_UPDATE / DICT_MERGE. */
export function collectionAdd(target: Ref, v: Ref, value: Ref, op: Int): Int {
  try {
    switch (op) {
      case BuildOps.LIST_APPEND:
        listAppend(target, v);
        break;
      case BuildOps.SET_ADD:
        dictSet(target, v, 0);
        break;
      case BuildOps.MAP_ADD:
        dictSet(target, v, value);
        break;
      case BuildOps.LIST_EXTEND:
      case BuildOps.SET_UPDATE: {
        // iterating (and a user __hash__) may run Python code and collect: the target is rooted
        const h = pushHandle(target);
        try {
          const items = pushHandle(newListFrom(iterToArray(v)));
          for (let i = 0; i < listLen(getHandle(items)); i++) {
            if (op === BuildOps.LIST_EXTEND) listAppend(getHandle(h), listGet(getHandle(items), i));
            else dictSet(getHandle(h), listGet(getHandle(items), i), 0);
          }
        } finally {
          popHandles(h);
        }
        break;
      }
      case BuildOps.DICT_UPDATE:
      case BuildOps.DICT_MERGE:
        if (isTaggedInt(v) || layoutOf(v) !== L.L_DICT) {
          if (op === BuildOps.DICT_MERGE) raise(E.TypeError, `argument after ** must be a mapping, not ${typeOf(v).name}`);
          raise(E.TypeError, `'${typeOf(v).name}' object is not a mapping`);
        }
        for (const [k, x] of entries(v)) {
          if (op === BuildOps.DICT_MERGE && dictGet(target, k) !== 0) raise(E.TypeError, `function got multiple values for keyword argument '${strJs(k)}'`);
          dictSet(target, k, x);
        }
        break;
    }
    return 1;
  } catch (e) {
    return caught(e);
  }
}

/** UNPACK_SEQUENCE (ex = 0) / UNPACK_EX (ex = 1) of slot sp-1; returns the number pushed, -1 on error. */
export function unpack(frame: Ref, sp: Int, arg: Int, ex: Int): Int {
  try {
    const items = iterToArray(frameSlot(frame, sp - 1));
    const f = getRoot(ROOT_FRAME); // iteration may have run Python code and moved the frame
    let out: number[];
    if (ex === 0) {
      if (items.length < arg) raise(E.ValueError, `not enough values to unpack (expected ${arg}, got ${items.length})`);
      if (items.length > arg) raise(E.ValueError, `too many values to unpack (expected ${arg})`);
      out = items;
    } else {
      const before = arg & 0xff;
      const after = arg >> 8;
      if (items.length < before + after) raise(E.ValueError, `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
      out = [...items.slice(0, before), 0, ...items.slice(items.length - after)];
      const rest = newList();
      for (const x of items.slice(before, items.length - after)) listAppend(rest, x);
      out[before] = rest;
    }
    // first item on top
    for (let i = 0; i < out.length; i++) storeRef(f, L.FRAME_SLOTS + 4 * (sp - 1 + out.length - 1 - i), out[i]!);
    return out.length;
  } catch (e) {
    return caught(e) - 1;
  }
}

/** FORMAT_VALUE: conv 0 none, 1 str, 2 repr, 3 ascii; spec 0 or a str. */
export function formatValue(v: Ref, spec: Ref, conv: Int): Ref {
  try {
    const specJs = spec === 0 ? "" : strToJs(spec); // read before any Python code runs
    let x = v;
    if (conv === 1) x = newStr(strJs(v));
    else if (conv === 2) x = newStr(reprJs(v));
    else if (conv === 3) x = newStr(asciiJs(v));
    return newStr(formatJs(x, specJs));
  } catch (e) {
    return caught(e);
  }
}

export function getIter(v: Ref): Ref {
  try {
    return getIterSlow(v);
  } catch (e) {
    return caught(e);
  }
}

/** The next item, or 0: exhausted (nothing pending) or failed (pending). */
export function iterNext(it: Ref): Ref {
  try {
    return iterNextSlow(it);
  } catch (e) {
    return caught(e);
  }
}

/**
 * SEND (the loop of `yield from`): [receiver, value] at slots sp-2, sp-1. 1: the receiver
 * yielded, its value replaces TOS; 2: it finished, its return value is in slot sp-2 (the
 * loop pops one and jumps); 0: an exception is pending. Generators get the value sent;
 * other iterators only ever see next() (sending them anything else needs a .send method).
 */
export function sendFromStack(frame: Ref, sp: Int): Int {
  try {
    const receiver = frameSlot(frame, sp - 2);
    const value = frameSlot(frame, sp - 1);
    const none = getRoot(ROOT_NONE);
    let v: number;
    let done = false;
    if (!isTaggedInt(receiver) && layoutOf(receiver) === L.L_GENERATOR) {
      v = generatorSend(receiver, value);
      if (v === 0) [v, done] = [generatorReturn.value, true];
    } else if (value === none) {
      v = delegateNext(receiver);
      if (v === 0) [v, done] = [generatorReturn.value, true];
    } else {
      try {
        v = callObject(getAttrSlow(receiver, newStr("send")), [value], null);
      } catch (e) {
        // a delegate's send() ending with StopIteration(value): the yield from's result
        const exc = getRoot(ROOT_EXC);
        if (e !== PENDING || !isInstance(exc, E.StopIteration)) throw e;
        setRoot(ROOT_EXC, 0);
        [v, done] = [excGetAttr(exc, "value"), true];
      }
    }
    const f = getRoot(ROOT_FRAME);
    storeRef(f, L.FRAME_SLOTS + 4 * (done ? sp - 2 : sp - 1), v);
    if (!done) return 1;
    return 2;
  } catch (e) {
    caught(e);
    return 0;
  }
}

/** Traceback bookkeeping: set by reraise so unwinding does not add a second entry. */
let reraising = false;

/** RAISE_VARARGS n (0: re-raise the handled exception, 1: raise TOS, 2: raise TOS1 from TOS). */
export function raiseVarargs(frame: Ref, sp: Int, n: Int): Int {
  const mark = handleMark();
  try {
    if (n === 0) {
      const h = topmostHandled();
      if (h === 0) raise(E.RuntimeError, "No active exception to reraise");
      reraising = true; // a bare raise adds no traceback entry (CPython restores the exception)
      setRoot(ROOT_EXC, h);
      return 0;
    }
    const hExc = pushHandle(instantiateException(frameSlot(frame, sp - n), "exceptions must derive from BaseException"));
    if (n === 2) {
      let cause = frameSlot(getRoot(ROOT_FRAME), sp - 1);
      if (cause === getRoot(ROOT_NONE)) cause = 0;
      else cause = instantiateException(cause, "exception causes must derive from BaseException");
      storeRef(getHandle(hExc), L.EXC_CAUSE, cause);
      storeI32(getHandle(hExc), L.EXC_SUPPRESS_CONTEXT, 1);
    }
    throwPy(getHandle(hExc));
  } catch (e) {
    return caught(e);
  } finally {
    popHandles(mark);
  }
}

/** An exception class is called with no arguments; an instance is used as it is. */
function instantiateException(v: Ref, message: string): Ref {
  if (isTypeObject(v)) {
    if (!isExceptionType(typeDescOf(v))) raise(E.TypeError, message);
    const exc = callObject(v, [], null);
    if (!isExceptionType(typeOf(exc))) raise(E.TypeError, `calling ${reprJs(v)} should have returned an instance of BaseException, not ${typeOf(exc).name}`);
    return exc;
  }
  if (!isExceptionType(typeOf(v))) raise(E.TypeError, message);
  return v;
}

export function reraise(exc: Ref): Int {
  setRoot(ROOT_EXC, exc);
  reraising = true;
  return 0;
}

/** 1 if exc matches the type (or tuple of types), 0 if not, -1 on error. */
export function checkExcMatch(exc: Ref, type: Ref): Int {
  try {
    const types = !isTaggedInt(type) && layoutOf(type) === L.L_TUPLE ? tupleItems(type) : [type];
    for (const t of types) {
      if (!isTypeObject(t) || !isExceptionType(typeDescOf(t))) raise(E.TypeError, "catching classes that do not inherit from BaseException is not allowed");
      if (isSubtype(typeOf(exc), typeDescOf(t))) return 1;
    }
    return 0;
  } catch (e) {
    return caught(e) - 1;
  }
}

/** LOAD_BUILD_CLASS: builtins.__build_class__ (NameError if it was deleted). */
export function loadBuildClass(): Ref {
  try {
    const v = dictGet(getRoot(ROOT_BUILTINS), newStr("__build_class__"));
    if (v === 0) raise(E.NameError, "__build_class__ not found");
    return v;
  } catch (e) {
    return caught(e);
  }
}

export function assertionErrorType(): Ref {
  return E.AssertionError.ref;
}

export function makeFunctionPops(flags: Int): Int {
  let n = 0;
  for (let f = flags & 0xf; f !== 0; f &= f - 1) n++;
  return n;
}

/** MAKE_FUNCTION: slots base.. hold (defaults, kwdefaults, annotations, closure by flag), then the code. */
export function makeFunction(frame: Ref, base: Int, flags: Int): Ref {
  let i = base;
  const take = (flag: number) => ((flags & flag) !== 0 ? frameSlot(frame, i++) : 0);
  const defaults = take(1);
  const kwdefaults = take(2);
  const annotations = take(4);
  const closure = take(8);
  const code = frameSlot(frame, i);
  const f = newFunction(code, loadRef(frame, L.FRAME_GLOBALS), defaults, kwdefaults, closure);
  if (annotations !== 0) storeRef(f, L.FUNC_ANNOTATIONS, annotations);
  return f;
}

export function newFunction(code: number, globals: number, defaults: number, kwdefaults: number, closure: number): number {
  const f = allocFixed(L.L_FUNCTION);
  storeRef(f, L.FUNC_CODE, code);
  storeRef(f, L.FUNC_GLOBALS, globals);
  storeRef(f, L.FUNC_DEFAULTS, defaults);
  storeRef(f, L.FUNC_KWDEFAULTS, kwdefaults);
  storeRef(f, L.FUNC_CLOSURE, closure);
  const co = codeInfo(code);
  storeRef(f, L.FUNC_NAME, newStr(co.name));
  storeRef(f, L.FUNC_QUALNAME, newStr(co.qualname));
  return f;
}

/** CALL / CALL_KW: [callable, self_or_null, args..., (kwnames)] from slot base. */
export function callFromStack(frame: Ref, base: Int, n: Int, hasKw: Int): Ref {
  try {
    const callable = frameSlot(frame, base);
    const self = frameSlot(frame, base + 1);
    if (hasKw === 0 && !isTaggedInt(callable)) {
      const layout = layoutOf(callable);
      if (layout === L.L_FUNCTION) {
        const r = callSimple(callable, self, frame, base + 2, n);
        if (r !== NOT_SIMPLE_CALL) return r;
      } else if (layout === L.L_TYPE && self === 0 && typeOf(callable) === T_TYPE) {
        const t = typeDescOf(callable);
        if (t.user === true) {
          const r = constructFromStack(t, frame, base + 2, n);
          if (r !== NOT_SIMPLE_CALL) return r;
        }
      }
    }
    const args: number[] = [];
    if (self !== 0) args.push(self);
    for (let i = 0; i < n; i++) args.push(frameSlot(frame, base + 2 + i));
    let kw: KwArgs | null = null;
    if (hasKw !== 0) {
      const names = tupleItems(frameSlot(frame, base + 2 + n)).map(strToJs);
      kw = new Map();
      const pos = args.length - names.length;
      names.forEach((nm, j) => kw!.set(nm, args[pos + j]!));
      args.length = pos;
    }
    return callObject(callable, args, kw);
  } catch (e) {
    return caught(e);
  }
}

/** CALL_FUNCTION_EX: [callable, args, kwargs?] from slot base (a NULL may sit below? no: the compiler pushes callable, then args). */
export function callEx(frame: Ref, base: Int, hasKw: Int): Ref {
  try {
    const args = iterToArray(frameSlot(frame, base + 1));
    const f = getRoot(ROOT_FRAME); // iterating may have run Python code and moved the frame
    const callable = frameSlot(f, base);
    let kw: KwArgs | null = null;
    if (hasKw !== 0) {
      kw = new Map();
      for (const [k, v] of entries(frameSlot(f, base + 2))) kw.set(strToJs(k), v);
    }
    return callObject(callable, args, kw);
  } catch (e) {
    return caught(e);
  }
}

export function importName(frame: Ref, name: Ref, fromlist: Ref, level: Ref): Ref {
  try {
    return importHook(strToJs(name), loadRef(frame, L.FRAME_GLOBALS), fromlist, Number(intValue(level)));
  } catch (e) {
    return caught(e);
  }
}

export function importFrom(module: Ref, name: Ref): Ref {
  try {
    return importFromModule(module, name);
  } catch (e) {
    return caught(e);
  }
}

/** IMPORT_STAR: the module's names into the frame's locals; 0 with an exception pending. */
export function importStar(frame: Ref, module: Ref): Ref {
  try {
    importStarInto(loadRef(frame, L.FRAME_LOCALS), module);
    return getRoot(ROOT_NONE);
  } catch (e) {
    return caught(e);
  }
}

/** SETUP_ANNOTATIONS: an empty __annotations__ dict in the locals unless one is there. */
export function setupAnnotations(frame: Ref): Ref {
  try {
    const locals = loadRef(frame, L.FRAME_LOCALS);
    const d = locals !== 0 ? locals : loadRef(frame, L.FRAME_GLOBALS);
    if (isTaggedInt(d) || layoutOf(d) !== L.L_DICT) {
      const hd = pushHandle(d);
      try {
        getItemSlow(d, newStr("__annotations__"));
      } catch (e) {
        if (e !== PENDING || !isInstance(getRoot(ROOT_EXC), E.KeyError)) throw e;
        setRoot(ROOT_EXC, 0);
        setItemSlow(getHandle(hd), newStr("__annotations__"), newDict());
      } finally {
        popHandles(hd);
      }
      return getRoot(ROOT_NONE);
    }
    const mark = handleMark();
    try {
      const hd = pushHandle(d);
      const hk = pushHandle(newStr("__annotations__"));
      if (dictGet(getHandle(hd), getHandle(hk)) === 0) {
        const a = newDict();
        dictSet(getHandle(hd), getHandle(hk), a);
      }
    } finally {
      popHandles(mark);
    }
    return getRoot(ROOT_NONE);
  } catch (e) {
    return caught(e);
  }
}

export function unsupportedOpcode(op: Int): Ref {
  try {
    raise(E.NotImplementedError, `pypy-ts: opcode ${OP_NAMES[op]} is not implemented yet`);
  } catch (e) {
    return caught(e);
  }
}

/**
 * An exception is pending at pc: record the traceback entry, then find the handler. Returns
 * the handler pc (the frame's stack unwound to the entry's depth, lasti and the exception
 * pushed, FRAME_SP updated) or -1 when the frame has no handler for pc.
 */
export function unwind(frame: Ref, pc: Int): Int {
  const code = loadRef(frame, L.FRAME_CODE);
  const exc = getRoot(ROOT_EXC);
  if (!reraising) addTraceback(exc, code, pc);
  reraising = false;
  const table = loadRef(code, L.CODE_EXC_TABLE);
  const rows = varLength(table) / 5;
  for (let r = 0; r < rows; r++) {
    const at = (k: number) => loadI32(table, ARRAY_ITEMS + 4 * (5 * r + k));
    if (pc >= at(0) && pc < at(1)) {
      const co = codeInfo(code);
      let sp = co.varnames.length + co.cellvars.length + co.freevars.length + at(3);
      if (at(4) !== 0) storeRef(frame, L.FRAME_SLOTS + 4 * sp++, (pc << 1) | 1);
      storeRef(frame, L.FRAME_SLOTS + 4 * sp++, exc);
      storeI32(frame, L.FRAME_SP, sp);
      setRoot(ROOT_EXC, 0);
      return at(2);
    }
  }
  return -1;
}

export { T_TYPE, newException };
