/*
 * generators.ts — generator objects: resuming (next/send), throw(), close(), `yield from`
 * delegation of throw/close, PEP 479, the per-generator handled-exception state, and
 * finalization at exit. Residual code.
 *
 * A generator holds its frame (FRAME_STATE 0 not started, 1 suspended at YIELD_VALUE, 2
 * finished). Resuming runs the frame with runFrame until the next yield or its end. The eval
 * loop's YIELD_VALUE leaves the yielded value on the stack; a resume overwrites that slot with
 * the value sent. A frame suspended in a `yield from` has SEND, YIELD_VALUE just before its pc
 * and the delegate (the receiver) just below the yielded value: throw() and close() go to it
 * first, as CPython's gen_throw does; when the delegate finishes, its value replaces the
 * receiver and the frame continues at the SEND's target.
 *
 * Throwing into a suspended frame: the exception is made pending at the YIELD_VALUE and
 * unwind() finds the handler there (recording the traceback entry), then the frame runs on
 * from the handler; without a handler the frame is finished and the exception propagates.
 *
 * Handled exceptions: a running generator has its own sys.exc_info() state (GEN_EXC_STATE is
 * swapped into ROOT_HANDLED while it runs); the caller's state is kept in a handle listed in
 * state.ts's outerHandled, so chaining and sys.exc_info() still see it underneath.
 *
 * Finalization. CPython closes a generator when its last reference goes, so the `finally` of
 * a suspended generator runs then. Without reference counts, a generator that suspends inside
 * a try region is remembered in a registry, and the ones still suspended when the program ends
 * are closed then, in the order CPython's shutdown reaches them: first generators bound
 * directly to module globals (dict order), then the contents of containers bound to globals
 * (lists and tuples from the last item, dicts in order, instance attributes), then the rest
 * in the order they were registered. A generator dropped in the middle of a run is closed at
 * the end, not at the moment CPython would (see docs/ARCHITECTURE.md).
 */

import { ARRAY_ITEMS, allocFixed, allocRootSlot, getHandle, getRoot, handleMark, initRef, isTaggedInt, loadI32, loadRef, popHandles, pushHandle, setRoot, storeI32, storeRef } from "../gc/index.js";
import { codeInfo } from "./code.js";
import { callObject, runFrame } from "./call.js";
import { unwind } from "./entry.js";
import { E, isExceptionType, newException, raise } from "./exceptions.js";
import * as L from "./layouts.js";
import { dictEntryKey, dictEntryValue, dictFilled } from "./objects/dict.js";
import { layoutOf } from "./objects/int.js";
import { listAppend, listGet, listLen, newList } from "./objects/list.js";
import { newStr } from "./objects/str.js";
import { tupleGet, tupleItems, tupleLen } from "./objects/tuple.js";
import { attrOrZero } from "./ops/attrs.js";
import { iterNextSlow } from "./ops/iter.js";
import { reprJs } from "./ops/format.js";
import { output } from "./output.js";
import { PENDING, ROOT_EXC, ROOT_FALSE, ROOT_HANDLED, ROOT_NONE, ROOT_TRUE, outerHandled, throwPy } from "./state.js";
import { isUserObject, userMethod } from "./classes.js";
import { addTraceback, formatException } from "./traceback.js";
import { T_GENERATOR } from "./typetable.js";
import { addMethods, isInstance, isTypeObject, typeDescOf, typeOf } from "./types.js";
import { SEND, YIELD_VALUE } from "./opnums.js";

/**
 * The value the last generator that finished returned (what StopIteration carries and
 * `yield from` evaluates to). A raw reference: read it right after a resume gave 0, before
 * anything can collect.
 */
export const generatorReturn = { value: 0 };

const GEN_REGISTERED = 1;
const GEN_FINALIZED = 2;

export function newGenerator(frame: number, code: number): number {
  const g = allocFixed(L.L_GENERATOR);
  initRef(g, L.GEN_FRAME, frame);
  initRef(g, L.GEN_NAME, loadRef(code, L.CODE_NAME));
  return g;
}

function isGenerator(v: number): boolean {
  return !isTaggedInt(v) && v !== 0 && layoutOf(v) === L.L_GENERATOR;
}

function frameState(gen: number): number {
  return loadI32(loadRef(gen, L.GEN_FRAME), L.FRAME_STATE);
}

function instrAt(frame: number, pc: number): number {
  const instrs = loadRef(loadRef(frame, L.FRAME_CODE), L.CODE_INSTRS);
  return loadI32(instrs, ARRAY_ITEMS + 4 * pc);
}

/** The delegate of a frame suspended in `yield from`, or 0. */
function yieldFromTarget(gen: number): number {
  const frame = loadRef(gen, L.GEN_FRAME);
  if (loadI32(frame, L.FRAME_STATE) !== 1) return 0;
  const pc = loadI32(frame, L.FRAME_PC);
  if (pc < 2 || (instrAt(frame, pc - 1) & 255) !== YIELD_VALUE || (instrAt(frame, pc - 2) & 255) !== SEND) return 0;
  return loadRef(frame, L.FRAME_SLOTS + 4 * (loadI32(frame, L.FRAME_SP) - 2));
}

/**
 * Runs the generator's frame to its next yield (the value) or its end (0, the return value in
 * generatorReturn). `sent` (when not 0) replaces the yielded value on a suspended frame's stack.
 * Throws PENDING when the frame raises (PEP 479 turns a StopIteration into RuntimeError).
 */
function runGenerator(gen: number, sent: number): number {
  const frame = loadRef(gen, L.GEN_FRAME);
  if (sent !== 0 && loadI32(frame, L.FRAME_STATE) === 1) storeRef(frame, L.FRAME_SLOTS + 4 * (loadI32(frame, L.FRAME_SP) - 1), sent);
  const mark = handleMark();
  const hGen = pushHandle(gen);
  const hOuter = pushHandle(getRoot(ROOT_HANDLED));
  outerHandled.push(hOuter);
  setRoot(ROOT_HANDLED, loadRef(gen, L.GEN_EXC_STATE));
  storeI32(gen, L.GEN_RUNNING, 1);
  let r: number;
  let g: number;
  try {
    r = runFrame(loadRef(gen, L.GEN_FRAME));
  } finally {
    g = getHandle(hGen);
    storeI32(g, L.GEN_RUNNING, 0);
    storeRef(g, L.GEN_EXC_STATE, getRoot(ROOT_HANDLED));
    setRoot(ROOT_HANDLED, getHandle(hOuter));
    outerHandled.pop();
    popHandles(mark);
  }
  // nothing below collects before the generator is returned to or registered by the caller
  if (r === 0) {
    storeRef(g, L.GEN_EXC_STATE, 0);
    const exc = getRoot(ROOT_EXC);
    if (isInstance(exc, E.StopIteration)) {
      // PEP 479; cause and context are both the StopIteration (_PyErr_FormatFromCause)
      const err = newException(E.RuntimeError, [newStr("generator raised StopIteration")]);
      storeRef(err, L.EXC_CAUSE, getRoot(ROOT_EXC));
      storeRef(err, L.EXC_CONTEXT, getRoot(ROOT_EXC));
      storeI32(err, L.EXC_SUPPRESS_CONTEXT, 1);
      setRoot(ROOT_EXC, err);
    }
    throw PENDING;
  }
  if (frameState(g) === 2) {
    storeRef(g, L.GEN_EXC_STATE, 0);
    generatorReturn.value = r;
    return 0;
  }
  if ((loadI32(g, L.GEN_FLAGS) & GEN_REGISTERED) === 0 && suspendedInTry(g)) register(g);
  return r;
}

function checkNotRunning(gen: number): void {
  if (loadI32(gen, L.GEN_RUNNING) !== 0) raise(E.ValueError, "generator already executing");
}

/** next(gen) / gen.send(v): the next value, or 0 when finished (return value in generatorReturn). */
export function generatorNext(gen: number, sent: number): number {
  if (frameState(gen) === 2) {
    generatorReturn.value = getRoot(ROOT_NONE);
    return 0;
  }
  checkNotRunning(gen);
  return runGenerator(gen, sent);
}

/** gen.send(v): CPython refuses a non-None value for a generator that has not started. */
export function generatorSend(gen: number, sent: number): number {
  if (frameState(gen) === 0 && sent !== getRoot(ROOT_NONE)) raise(E.TypeError, "can't send non-None value to a just-started generator");
  return generatorNext(gen, sent);
}

/**
 * gen.throw(exc): raises exc where the generator is suspended (after offering it to a
 * `yield from` delegate). The next value, or 0 when the generator finished (its return value
 * in generatorReturn); throws PENDING when the exception (or another) propagates.
 */
export function generatorThrow(gen: number, exc: number): number {
  const state = frameState(gen);
  if (state === 2) {
    setRoot(ROOT_EXC, exc);
    throw PENDING;
  }
  checkNotRunning(gen);
  const target = yieldFromTarget(gen);
  if (target === 0) return throwHere(gen, exc);
  const mark = handleMark();
  const hGen = pushHandle(gen);
  const hExc = pushHandle(exc);
  try {
    if (isInstance(exc, E.GeneratorExit)) {
      // close the delegate, then raise GeneratorExit (or what closing raised) here
      storeI32(gen, L.GEN_RUNNING, 1);
      try {
        closeIterator(target);
      } catch (e) {
        if (e !== PENDING) throw e;
        const err = getRoot(ROOT_EXC);
        setRoot(ROOT_EXC, 0);
        storeI32(getHandle(hGen), L.GEN_RUNNING, 0);
        return throwHere(getHandle(hGen), err);
      } finally {
        storeI32(getHandle(hGen), L.GEN_RUNNING, 0);
      }
      return throwHere(getHandle(hGen), getHandle(hExc));
    }
    let v: number;
    storeI32(gen, L.GEN_RUNNING, 1);
    try {
      if (isGenerator(target)) v = generatorThrow(target, exc);
      else {
        const meth = attrOrZero(target, "throw");
        if (meth === 0) {
          storeI32(getHandle(hGen), L.GEN_RUNNING, 0);
          return throwHere(getHandle(hGen), getHandle(hExc));
        }
        v = callObject(meth, [getHandle(hExc)], null);
      }
    } catch (e) {
      if (e !== PENDING) throw e;
      storeI32(getHandle(hGen), L.GEN_RUNNING, 0);
      const err = getRoot(ROOT_EXC);
      if (!isInstance(err, E.StopIteration)) {
        setRoot(ROOT_EXC, 0);
        return throwHere(getHandle(hGen), err); // the delegate's exception continues here
      }
      setRoot(ROOT_EXC, 0);
      return finishYieldFrom(getHandle(hGen), stopIterationValue(err));
    } finally {
      storeI32(getHandle(hGen), L.GEN_RUNNING, 0);
    }
    if (v === 0) return finishYieldFrom(getHandle(hGen), generatorReturn.value); // the delegate generator returned
    return v;
  } finally {
    popHandles(mark);
  }
}

/** The delegate of the generator's `yield from` finished with `value`: continue after it. */
function finishYieldFrom(gen: number, value: number): number {
  const frame = loadRef(gen, L.GEN_FRAME);
  const pc = loadI32(frame, L.FRAME_PC);
  const sp = loadI32(frame, L.FRAME_SP);
  storeI32(frame, L.FRAME_PC, instrAt(frame, pc - 2) >>> 8);
  storeI32(frame, L.FRAME_SP, sp - 1);
  return runGenerator(gen, value);
}

function stopIterationValue(exc: number): number {
  const v = loadRef(exc, L.EXC_VALUE);
  if (v !== 0) return v;
  const args = loadRef(exc, L.EXC_ARGS);
  return tupleLen(args) > 0 ? tupleGet(args, 0) : getRoot(ROOT_NONE);
}

/** Raises exc in the generator's own frame at its yield (or at its start). */
function throwHere(gen: number, exc: number): number {
  const frame = loadRef(gen, L.GEN_FRAME);
  const code = loadRef(frame, L.FRAME_CODE);
  if (loadI32(frame, L.FRAME_STATE) === 0) {
    // never started: nothing in the body can handle it; the generator is finished
    storeI32(frame, L.FRAME_STATE, 2);
    addTraceback(exc, code, 0);
    setRoot(ROOT_EXC, exc);
    throw PENDING;
  }
  setRoot(ROOT_EXC, exc);
  const handler = unwind(frame, loadI32(frame, L.FRAME_PC) - 1);
  if (handler < 0) {
    storeI32(loadRef(gen, L.GEN_FRAME), L.FRAME_STATE, 2);
    storeRef(gen, L.GEN_EXC_STATE, 0);
    throw PENDING;
  }
  storeI32(loadRef(gen, L.GEN_FRAME), L.FRAME_PC, handler);
  return runGenerator(gen, 0);
}

/** gen.close(): GeneratorExit at the yield; RuntimeError if the generator yields again. */
export function generatorClose(gen: number): void {
  const state = frameState(gen);
  if (state === 0) {
    storeI32(loadRef(gen, L.GEN_FRAME), L.FRAME_STATE, 2);
    return;
  }
  if (state === 2) return;
  const h = pushHandle(gen);
  try {
    let r: number;
    try {
      r = generatorThrow(gen, newException(E.GeneratorExit, []));
    } catch (e) {
      const exc = getRoot(ROOT_EXC);
      if (e === PENDING && (isInstance(exc, E.GeneratorExit) || isInstance(exc, E.StopIteration))) {
        setRoot(ROOT_EXC, 0);
        return;
      }
      throw e;
    }
    if (r !== 0) raise(E.RuntimeError, "generator ignored GeneratorExit");
  } finally {
    popHandles(h);
  }
}

/** close() of a `yield from` delegate: generators directly, other iterators by their close method. */
function closeIterator(it: number): void {
  if (isGenerator(it)) return generatorClose(it);
  const meth = attrOrZero(it, "close");
  if (meth !== 0) callObject(meth, [], null);
}


/** throw()'s arguments as one exception instance (CPython's three forms). */
function throwArgument(typ: number, val: number | undefined, tb: number | undefined): number {
  const none = getRoot(ROOT_NONE);
  if (tb !== undefined && tb !== none && (isTaggedInt(tb) || layoutOf(tb) !== L.L_TRACEBACK)) raise(E.TypeError, "throw() third argument must be a traceback object");
  if (isTypeObject(typ) && isExceptionType(typeDescOf(typ))) {
    if (val !== undefined && val !== none && isInstance(val, typeDescOf(typ))) return val;
    const args = val === undefined || val === none ? [] : !isTaggedInt(val) && layoutOf(val) === L.L_TUPLE ? tupleItems(val) : [val];
    const exc = callObject(typ, args, null);
    return exc;
  }
  if (!isTaggedInt(typ) && isExceptionType(typeOf(typ))) {
    if (val !== undefined && val !== none) raise(E.TypeError, "instance exception may not have a separate value");
    return typ;
  }
  return raise(E.TypeError, `exceptions must be classes or instances deriving from BaseException, not ${typeOf(typ).name}`);
}

/** StopIteration carrying a generator's return value (no args when it returned None). */
function stopIteration(value: number): never {
  throwPy(newException(E.StopIteration, value === getRoot(ROOT_NONE) ? [] : [value]));
}

addMethods(T_GENERATOR, {
  send: ([self, v]) => {
    const r = generatorSend(self!, v ?? getRoot(ROOT_NONE));
    return r !== 0 ? r : stopIteration(generatorReturn.value);
  },
  throw: ([self, typ, val, tb]) => {
    if (typ === undefined) raise(E.TypeError, "throw expected at least 1 argument, got 0");
    const h = pushHandle(self!);
    const hTb = pushHandle(tb ?? 0);
    try {
      const exc = throwArgument(typ, val, tb);
      const tbv = getHandle(hTb);
      if (tbv !== 0 && tbv !== getRoot(ROOT_NONE)) storeRef(exc, L.EXC_TRACEBACK, loadRef(tbv, L.TB_ENTRIES));
      const r = generatorThrow(getHandle(h), exc);
      return r !== 0 ? r : stopIteration(generatorReturn.value);
    } finally {
      popHandles(h);
    }
  },
  close: ([self]) => {
    generatorClose(self!);
    return getRoot(ROOT_NONE);
  },
  __next__: ([self]) => {
    const r = generatorNext(self!, getRoot(ROOT_NONE));
    return r !== 0 ? r : stopIteration(generatorReturn.value);
  },
  __iter__: ([self]) => self!,
});

/** The data attributes of a generator (its methods come from the type), or 0. */
export function generatorGetAttr(gen: number, name: string): number {
  switch (name) {
    case "__name__":
      return loadRef(gen, L.GEN_NAME);
    case "__qualname__":
      return newStr(codeInfo(loadRef(loadRef(gen, L.GEN_FRAME), L.FRAME_CODE)).qualname);
    case "gi_running":
      return getRoot(loadI32(gen, L.GEN_RUNNING) !== 0 ? ROOT_TRUE : ROOT_FALSE);
    case "gi_yieldfrom": {
      const t = yieldFromTarget(gen);
      return t === 0 ? getRoot(ROOT_NONE) : t;
    }
    case "gi_suspended":
      return getRoot(frameState(gen) === 1 ? ROOT_TRUE : ROOT_FALSE);
  }
  return 0;
}

/**
 * next() of a `yield from` delegate that is not a generator: the item, or 0 when exhausted
 * with the StopIteration's value in generatorReturn (a user __next__ may raise
 * StopIteration(value), which is the result of the `yield from`).
 */
export function delegateNext(it: number): number {
  if (!isUserObject(it)) {
    const v = iterNextSlow(it);
    if (v === 0) generatorReturn.value = getRoot(ROOT_NONE);
    return v;
  }
  const f = userMethod(it, "__next__");
  if (f === 0) return iterNextSlow(it); // raises the TypeError
  try {
    return callObject(f, [it], null);
  } catch (e) {
    const exc = getRoot(ROOT_EXC);
    if (e !== PENDING || !isInstance(exc, E.StopIteration)) throw e;
    setRoot(ROOT_EXC, 0);
    generatorReturn.value = stopIterationValue(exc);
    return 0;
  }
}

// ---- finalization

let registrySlot = 0;

/** Per heap (run.ts boot): the registry of generators suspended inside a try region. */
export function bootGenerators(): void {
  registrySlot = allocRootSlot();
  setRoot(registrySlot, newList());
}

/** Is the generator suspended inside a try/with region (so closing it would run code)? */
function suspendedInTry(gen: number): boolean {
  const frame = loadRef(gen, L.GEN_FRAME);
  const co = codeInfo(loadRef(frame, L.FRAME_CODE));
  return co.handlerFor(loadI32(frame, L.FRAME_PC) - 1) !== undefined;
}

function register(gen: number): void {
  if (registrySlot === 0) return;
  storeI32(gen, L.GEN_FLAGS, loadI32(gen, L.GEN_FLAGS) | GEN_REGISTERED);
  const h = pushHandle(gen);
  try {
    let reg = getRoot(registrySlot);
    if (listLen(reg) >= 1024 && (listLen(reg) & (listLen(reg) - 1)) === 0) reg = pruneRegistry();
    listAppend(reg, getHandle(h));
  } finally {
    popHandles(h);
  }
}

/** Drops finished generators from the registry (when it reaches a power of two in size). */
function pruneRegistry(): number {
  const old = getRoot(registrySlot);
  const fresh = newList();
  setRoot(registrySlot, fresh);
  const src = getRoot(registrySlot) === fresh ? old : old;
  for (let i = 0; i < listLen(src); i++) {
    const g = listGet(src, i);
    if (frameState(g) === 1) listAppend(getRoot(registrySlot), g);
    else storeI32(g, L.GEN_FLAGS, loadI32(g, L.GEN_FLAGS) & ~GEN_REGISTERED);
  }
  return getRoot(registrySlot);
}

/** At exit: close the registered generators still suspended, in CPython's shutdown order. */
export function finalizeGenerators(globals: number): void {
  if (registrySlot === 0) return;
  const mark = handleMark();
  try {
    const order = pushHandle(newList());
    const seen = new Set<number>();
    const add = (v: number) => {
      if (isGenerator(v) && (loadI32(v, L.GEN_FLAGS) & GEN_REGISTERED) !== 0) listAppend(getHandle(order), v);
    };
    // 1: generators bound to globals; 2: inside containers bound to globals; 3: the rest
    const hGlobals = pushHandle(globals);
    for (let i = 0; i < dictFilled(getHandle(hGlobals)); i++) if (dictEntryKey(getHandle(hGlobals), i) !== 0) add(dictEntryValue(getHandle(hGlobals), i));
    const walk = (v: number, depth: number): void => {
      if (isTaggedInt(v) || v === 0 || depth > 50) return;
      switch (layoutOf(v)) {
        case L.L_GENERATOR:
          return add(v);
        case L.L_LIST:
          if (seen.has(v)) return;
          seen.add(v);
          for (let i = listLen(v) - 1; i >= 0; i--) walk(listGet(v, i), depth + 1);
          return;
        case L.L_TUPLE:
          if (seen.has(v)) return;
          seen.add(v);
          for (let i = tupleLen(v) - 1; i >= 0; i--) walk(tupleGet(v, i), depth + 1);
          return;
        case L.L_DICT:
        case L.L_INSTANCE: {
          const d = layoutOf(v) === L.L_DICT ? v : loadRef(v, L.INST_DICT);
          if (seen.has(d)) return;
          seen.add(d);
          for (let i = 0; i < dictFilled(d); i++) if (dictEntryKey(d, i) !== 0) walk(dictEntryValue(d, i), depth + 1);
        }
      }
    };
    // the walk only reads (no allocation but listAppend into `order`, which never collects)
    for (let i = 0; i < dictFilled(getHandle(hGlobals)); i++) if (dictEntryKey(getHandle(hGlobals), i) !== 0) walk(dictEntryValue(getHandle(hGlobals), i), 0);
    const reg = getRoot(registrySlot);
    for (let i = 0; i < listLen(reg); i++) add(listGet(getRoot(registrySlot), i));
    for (let i = 0; i < listLen(getHandle(order)); i++) {
      const g = listGet(getHandle(order), i);
      if (frameState(g) !== 1 || (loadI32(g, L.GEN_FLAGS) & GEN_FINALIZED) !== 0) continue;
      storeI32(g, L.GEN_FLAGS, loadI32(g, L.GEN_FLAGS) | GEN_FINALIZED); // closed once, like a finalizer
      try {
        generatorClose(g);
      } catch (e) {
        if (e !== PENDING) throw e;
        reportIgnored(listGet(getHandle(order), i));
      }
    }
  } finally {
    popHandles(mark);
  }
}

/** "Exception ignored in: <generator ...>" and the traceback, as CPython's unraisable hook. */
function reportIgnored(gen: number): void {
  const exc = getRoot(ROOT_EXC);
  setRoot(ROOT_EXC, 0);
  const h = pushHandle(exc);
  try {
    output.stderr(`Exception ignored in: ${reprJs(gen)}\n`);
    output.stderr(formatException(getHandle(h)));
  } finally {
    popHandles(h);
  }
}

