/*
 * call.ts — calling: Python functions (argument binding, frames, recursion limit), builtins,
 * bound methods, generators. Residual code.
 *
 * A Python call builds the callee's frame (allocation only: the arguments in the caller's JS
 * array stay valid), links it to the running frame (ROOT_FRAME) through `back`, makes it the
 * running frame and enters the eval loop; on the way out ROOT_FRAME goes back to the caller,
 * read from the callee's `back` (which the GC keeps up to date). Argument-binding errors use
 * CPython's messages.
 *
 * Generators: calling a generator function returns a generator holding the unstarted frame;
 * next() runs the frame until YIELD_VALUE (FRAME_STATE 1) or its end (2).
 */

import { allocFixed, allocVar, getRoot, initRef, loadI32, loadRef, safepoint, setRoot, storeI32, storeRef } from "../gc/index.js";
import { CO_GENERATOR, CO_VARARGS, CO_VARKEYWORDS } from "../frontend/code.js";
import { codeInfo } from "./code.js";
import { evalLoop } from "./eval.js";
import { E, constructException, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictGet, dictSet, newDict } from "./objects/dict.js";
import { newStr, strToJs } from "./objects/str.js";
import { newTuple, tupleGet, tupleLen } from "./objects/tuple.js";
import { PENDING, ROOT_EXC, ROOT_FRAME, ROOT_NONE, throwPy } from "./state.js";
import { BUILTIN_IMPLS, T_TYPE, type KwArgs, isSubtype, typeDescOf, typeName, typeOf } from "./types.js";
import { layoutOf } from "./objects/int.js";
import { callSpecial, isBuiltinMethod, isUserObject, lookupKey, typeCall, userCall, valueOf } from "./classes.js";
import { newGenerator } from "./generators.js";
import { isTaggedInt } from "../gc/index.js";

export const recursion = { depth: 0, limit: 1000 };

/** The portal every frame runs through: the plain loop, or the JIT's runner around it (jit.ts). */
export const portal: { run: (pc: number, code: number, frame: number) => number } = { run: evalLoop };

export function newFrame(code: number, globals: number, locals: number): number {
  const f = allocVar(L.L_FRAME, loadI32(code, L.CODE_FRAME_SLOTS));
  initRef(f, L.FRAME_CODE, code);
  initRef(f, L.FRAME_GLOBALS, globals);
  initRef(f, L.FRAME_LOCALS, locals);
  storeI32(f, L.FRAME_SP, loadI32(code, L.CODE_STACK_BASE));
  return f;
}

/** Runs a frame (new or suspended) to its next return/yield; 0 with an exception pending. */
export function runFrame(frame: number): number {
  if (recursion.depth >= recursion.limit) raise(E.RecursionError, "maximum recursion depth exceeded");
  storeRef(frame, L.FRAME_BACK, getRoot(ROOT_FRAME));
  setRoot(ROOT_FRAME, frame);
  recursion.depth++;
  let r = 0;
  try {
    safepoint();
    const f = getRoot(ROOT_FRAME);
    r = portal.run(loadI32(f, L.FRAME_PC), loadRef(f, L.FRAME_CODE), f);
  } finally {
    recursion.depth--;
    const f = getRoot(ROOT_FRAME);
    setRoot(ROOT_FRAME, loadRef(f, L.FRAME_BACK));
    storeRef(f, L.FRAME_BACK, 0);
  }
  return r;
}

function qualname(func: number): string {
  return strToJs(loadRef(func, L.FUNC_QUALNAME));
}

function listNames(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
}

/** Binds args into a new frame for func (CPython's rules and messages). */
function bindArgs(func: number, args: readonly number[], kw: KwArgs | null, locals = 0): number {
  const code = loadRef(func, L.FUNC_CODE);
  const co = codeInfo(code);
  const frame = newFrame(code, loadRef(func, L.FUNC_GLOBALS), locals);
  const argc = co.argcount;
  const kwonly = co.kwonlyargcount;
  const hasVarargs = (co.flags & CO_VARARGS) !== 0;
  const hasVarkw = (co.flags & CO_VARKEYWORDS) !== 0;
  const set = (i: number, v: number) => storeRef(frame, L.FRAME_SLOTS + 4 * i, v);
  const get = (i: number) => loadRef(frame, L.FRAME_SLOTS + 4 * i);
  const name = () => qualname(func); // for messages only
  const npos = Math.min(args.length, argc);
  for (let i = 0; i < npos; i++) set(i, args[i]!);
  let varkw = 0;
  if (hasVarkw) {
    varkw = newDict();
    set(argc + kwonly + (hasVarargs ? 1 : 0), varkw);
  }
  if (hasVarargs) set(argc + kwonly, newTuple(args.slice(argc)));
  else if (args.length > argc) {
    const defaults = loadRef(func, L.FUNC_DEFAULTS);
    const nd = defaults === 0 ? 0 : tupleLen(defaults);
    const kwGiven = kw ? [...kw.keys()].filter((k) => co.varnames.indexOf(k) >= argc && co.varnames.indexOf(k) < argc + kwonly).length : 0;
    const takes = nd > 0 ? `from ${argc - nd} to ${argc}` : `${argc}`;
    const pl = (n: number) => (n === 1 ? "" : "s");
    const given = kwGiven > 0 ? `${args.length} positional argument${pl(args.length)} (and ${kwGiven} keyword-only argument${pl(kwGiven)}) were given` : `${args.length} ${args.length === 1 ? "was" : "were"} given`;
    raise(E.TypeError, `${name()}() takes ${takes} positional argument${nd === 0 && argc === 1 ? "" : "s"} but ${given}`);
  }
  if (kw) {
    for (const [k, v] of kw) {
      const idx = co.varnames.indexOf(k);
      if (idx >= co.posonlyargcount && idx >= 0 && idx < argc + kwonly) {
        if (get(idx) !== 0) raise(E.TypeError, `${name()}() got multiple values for argument '${k}'`);
        set(idx, v);
      } else if (varkw !== 0) dictSet(varkw, newStr(k), v);
      else if (idx >= 0 && idx < co.posonlyargcount) {
        // CPython names every positional-only parameter passed by keyword
        const all = [...kw.keys()].filter((n) => {
          const i = co.varnames.indexOf(n);
          return i >= 0 && i < co.posonlyargcount;
        });
        raise(E.TypeError, `${name()}() got some positional-only arguments passed as keyword arguments: '${all.join(", ")}'`);
      }
      else raise(E.TypeError, `${name()}() got an unexpected keyword argument '${k}'`);
    }
  }
  // defaults for the missing positional parameters
  const defaults = loadRef(func, L.FUNC_DEFAULTS);
  const nd = defaults === 0 ? 0 : tupleLen(defaults);
  const missing: string[] = [];
  for (let i = npos; i < argc; i++) {
    if (get(i) !== 0) continue;
    const di = i - (argc - nd);
    if (di >= 0) set(i, tupleGet(defaults, di));
    else missing.push(co.varnames[i]!);
  }
  if (missing.length > 0) raise(E.TypeError, `${name()}() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${listNames(missing)}`);
  const kwdefaults = loadRef(func, L.FUNC_KWDEFAULTS);
  for (let i = argc; i < argc + kwonly; i++) {
    if (get(i) !== 0) continue;
    const d = kwdefaults === 0 ? 0 : dictGet(kwdefaults, newStr(co.varnames[i]!));
    if (d !== 0) set(i, d);
    else missing.push(co.varnames[i]!);
  }
  if (missing.length > 0) raise(E.TypeError, `${name()}() missing ${missing.length} required keyword-only argument${missing.length > 1 ? "s" : ""}: ${listNames(missing)}`);
  // cells, then free variables from the closure
  const nlocals = co.varnames.length;
  for (let i = 0; i < co.cellvars.length; i++) {
    const cell = allocFixed(L.L_CELL);
    const a = co.cell2arg[i]!;
    if (a >= 0) storeRef(cell, L.CELL_VALUE, get(a));
    set(nlocals + i, cell);
  }
  const closure = loadRef(func, L.FUNC_CLOSURE);
  for (let i = 0; i < co.freevars.length; i++) set(nlocals + co.cellvars.length + i, tupleGet(closure, i));
  return frame;
}

/** callSimple's "does not apply": even and not 8-aligned, so never a reference or a tagged int. */
export const NOT_SIMPLE_CALL = 2;

/** Can callSimple bind a call of func with argc positional arguments? */
export function isSimpleCall(func: number, argc: number): boolean {
  return loadI32(loadRef(func, L.FUNC_CODE), L.CODE_SIMPLE_ARGC) === argc;
}

/**
 * The common call, bound without a JS array: a plain Python function (no *args, **kwargs,
 * keyword-only parameters, cells, generator) given exactly its positional parameters, which
 * are slots [first, first + n) of the caller's frame, `self` (if not 0) before them. Returns
 * the result, 0 with an exception pending, or NOT_SIMPLE_CALL when the call is not that simple.
 */
export function callSimple(func: number, self: number, frame: number, first: number, n: number): number {
  if (!isSimpleCall(func, self !== 0 ? n + 1 : n)) return NOT_SIMPLE_CALL;
  // allocation never collects: the caller's frame stays where it is until runFrame
  const f = simpleFrame(func);
  let k = L.FRAME_SLOTS;
  if (self !== 0) {
    initRef(f, k, self);
    k += 4;
  }
  for (let i = 0; i < n; i++, k += 4) initRef(f, k, loadRef(frame, L.FRAME_SLOTS + 4 * (first + i)));
  return runFrame(f);
}

/** A new frame for a function callSimple can bind, its free variables filled, arguments not yet. */
function simpleFrame(func: number): number {
  const code = loadRef(func, L.FUNC_CODE);
  const f = newFrame(code, loadRef(func, L.FUNC_GLOBALS), 0);
  const nfree = loadI32(code, L.CODE_NFREE);
  if (nfree !== 0) {
    const closure = loadRef(func, L.FUNC_CLOSURE);
    const at = L.FRAME_SLOTS + 4 * loadI32(code, L.CODE_NLOCALS);
    for (let i = 0; i < nfree; i++) initRef(f, at + 4 * i, tupleGet(closure, i));
  }
  return f;
}

export function callFunction(func: number, args: readonly number[], kw: KwArgs | null): number {
  if (kw === null && isSimpleCall(func, args.length)) {
    // a builtin calling back into Python (a sort key, map, a dunder): positional arguments only
    const f = simpleFrame(func);
    for (let i = 0; i < args.length; i++) initRef(f, L.FRAME_SLOTS + 4 * i, args[i]!);
    const r = runFrame(f);
    if (r === 0) throw PENDING;
    return r;
  }
  const frame = bindArgs(func, args, kw);
  const code = loadRef(func, L.FUNC_CODE);
  if ((loadI32(code, L.CODE_FLAGS) & CO_GENERATOR) !== 0) {
    return newGenerator(frame, code);
  }
  const r = runFrame(frame);
  if (r === 0) throw PENDING;
  return r;
}

/** Runs a class body function with `ns` as its locals; its return value (the __class__ cell or None). */
export function runClassBody(func: number, ns: number): number {
  const r = runFrame(bindArgs(func, [], null, ns));
  if (r === 0) throw PENDING;
  return r;
}

export { generatorNext, generatorReturn, generatorSend } from "./generators.js";

/** Calls any callable. Throws PENDING on error. */
export function callObject(callable: number, args: readonly number[], kw: KwArgs | null): number {
  if (callable === 0 || isTaggedInt(callable)) raise(E.TypeError, `'int' object is not callable`);
  switch (layoutOf(callable)) {
    case L.L_FUNCTION:
      return callFunction(callable, args, kw);
    case L.L_BUILTIN: {
      const impl = BUILTIN_IMPLS[loadI32(callable, L.BUILTIN_IMPL)]!;
      const self = loadRef(callable, L.BUILTIN_SELF);
      const all = self !== 0 ? [self, ...args] : (args as number[]);
      // a builtin type's ordinary methods (list.append) work on a subclass instance's value;
      // its dunders (objectmethods.ts) unwrap by themselves
      if (impl.owner !== null && all.length > 0 && !impl.name.startsWith("__") && !isTaggedInt(all[0]!) && layoutOf(all[0]!) === L.L_INSTANCE) {
        if (all === args) return callObject(callable, [valueOf(all[0]!), ...args.slice(1)], kw);
        all[0] = valueOf(all[0]!);
      }
      const r = impl.fn(all, kw);
      if (r === 0) throw PENDING;
      return r;
    }
    case L.L_METHOD:
      return callObject(loadRef(callable, L.METHOD_FUNC), [loadRef(callable, L.METHOD_SELF), ...args], kw);
    case L.L_TYPE: {
      const meta = typeOf(callable);
      if (meta !== T_TYPE) {
        // a metaclass's own __call__ (type.__call__ is the default below)
        const f = lookupKey(meta, "__call__");
        if (!isBuiltinMethod(f, T_TYPE, "__call__")) return callSpecial(f, callable, args, kw);
      }
      return callType(callable, args, kw);
    }
    case L.L_STATICMETHOD:
      return callObject(loadRef(callable, L.WRAPPED_FUNC), args, kw);
  }
  if (isUserObject(callable)) return userCall(callable, args, kw);
  return raise(E.TypeError, `'${typeName(callable)}' object is not callable`);
}

/** type.__call__(cls, *args, **kw): builtin constructors, or __new__ then __init__. */
export function callType(callable: number, args: readonly number[], kw: KwArgs | null): number {
  const t = typeDescOf(callable);
  if (t.user) return typeCall(t, args, kw);
  if (t.construct) {
    const r = t.construct(args as number[], kw);
    if (r === 0) throw PENDING;
    return r;
  }
  if (isExceptionDesc(t)) {
    if (kw && kw.size > 0) raise(E.TypeError, `${t.name}() takes no keyword arguments`);
    return constructException(t, args);
  }
  return raise(E.TypeError, `cannot create '${t.name}' instances`);
}

function isExceptionDesc(t: ReturnType<typeof typeDescOf>): boolean {
  return isSubtype(t, E.BaseException);
}

export function noneIfZero(r: number): number {
  return r === 0 ? getRoot(ROOT_NONE) : r;
}

export function clearPending(): void {
  setRoot(ROOT_EXC, 0);
}

export { throwPy };
