/*
 * state.ts — the interpreter's global root slots and how Python errors travel.
 *
 * Root slots. Every reference the interpreter keeps between bytecodes lives in a src/gc global
 * root slot (or is reachable from one), because a safepoint may move any young object. The
 * slots have FIXED addresses (the first ones handed out after initHeap), so RTS code can name
 * them as constants: `getRoot(ROOT_FRAME)` is one load, in the interpreter and in a trace.
 * `claimRootSlots()` checks, right after initHeap, that the GC hands out exactly these.
 *
 * Errors (DESIGN.md: Python-level errors RTS-style, by return values). A function that fails
 * stores the exception object in ROOT_EXC and returns 0 (the null reference); the caller
 * propagates 0 until the eval loop finds a handler in the code object's exception table. JS
 * exceptions never carry Python exceptions across RTS code. Inside ordinary (residual)
 * TypeScript it is more convenient to `throw PENDING` after setting the slot (`raise` below);
 * every residual entry point the eval loop calls catches it (`caught`) and returns 0. The two
 * JS errors that are really Python errors are converted there too: GcOutOfMemory -> MemoryError,
 * a JS stack overflow -> RecursionError.
 */

import { GLOBAL_ROOT_BASE, GcOutOfMemory, allocRootSlot, getHandle, getRoot, loadRef, setRoot, storeRef } from "../gc/index.js";
import { EXC_CONTEXT } from "./layouts.js";

export const ROOT_FRAME = GLOBAL_ROOT_BASE + 0; // the running frame (its `back` chain is the stack)
export const ROOT_EXC = GLOBAL_ROOT_BASE + 4; // the pending (propagating) exception, or 0
export const ROOT_HANDLED = GLOBAL_ROOT_BASE + 8; // the exception being handled (sys.exc_info), or 0
export const ROOT_NONE = GLOBAL_ROOT_BASE + 12;
export const ROOT_TRUE = GLOBAL_ROOT_BASE + 16;
export const ROOT_FALSE = GLOBAL_ROOT_BASE + 20;
export const ROOT_NOTIMPL = GLOBAL_ROOT_BASE + 24;
export const ROOT_ELLIPSIS = GLOBAL_ROOT_BASE + 28;
export const ROOT_BUILTINS = GLOBAL_ROOT_BASE + 32; // the builtins module's dict
export const ROOT_TYPES = GLOBAL_ROOT_BASE + 36; // RefArray: type objects by type id
export const ROOT_MODULES = GLOBAL_ROOT_BASE + 40; // sys.modules
export const ROOT_CODES = GLOBAL_ROOT_BASE + 44; // a list of every heap code object (keeps them alive)
export const ROOT_EMPTY_TUPLE = GLOBAL_ROOT_BASE + 48;
export const ROOT_INTERNED = GLOBAL_ROOT_BASE + 52; // dict str -> the interned str
export const ROOT_SCRATCH = GLOBAL_ROOT_BASE + 56; // residual code's temporaries (a list)
const ROOT_COUNT = 15;

export function claimRootSlots(): void {
  for (let i = 0; i < ROOT_COUNT; i++) {
    const a = allocRootSlot();
    if (a !== GLOBAL_ROOT_BASE + 4 * i) throw new Error("interp: root slots must be claimed first after initHeap");
  }
}

/** The marker thrown inside residual TypeScript: "the exception is in ROOT_EXC". */
export class PendingException extends Error {
  constructor() {
    super("pending Python exception");
  }
}
export const PENDING = new PendingException();

/** Hooks set by exceptions.ts (which needs the type objects) to break an import cycle. */
export const errorHooks = {
  memoryError: (): number => 0,
  recursionError: (): number => 0,
};

/**
 * The exception being handled as sys.exc_info() sees it. A running generator has its own
 * handled-exception state (ROOT_HANDLED while it runs); when that is empty the callers' states
 * below it count, as CPython walks its exc_info chain. `outerHandled` holds the handle slots
 * where each generator resume saved its caller's state (a stack, like the resumes).
 */
export const outerHandled: number[] = [];

export function topmostHandled(): number {
  const h = getRoot(ROOT_HANDLED);
  if (h !== 0) return h;
  for (let i = outerHandled.length - 1; i >= 0; i--) {
    const o = getHandle(outerHandled[i]!);
    if (o !== 0) return o;
  }
  return 0;
}

/**
 * Implicit chaining (CPython's _PyErr_SetObject): an exception raised while another is being
 * handled gets it as __context__; a cycle through the context chain is cut first.
 */
export function chainContext(exc: number): void {
  const handled = topmostHandled();
  if (handled === 0 || handled === exc) return;
  for (let o = handled; ; ) {
    const c = loadRef(o, EXC_CONTEXT);
    if (c === 0) break;
    if (c === exc) {
      storeRef(o, EXC_CONTEXT, 0);
      break;
    }
    o = c;
  }
  storeRef(exc, EXC_CONTEXT, handled);
}

/** Sets `exc` pending (chained to the handled exception) and throws PENDING (residual code). */
export function throwPy(exc: number): never {
  chainContext(exc);
  setRoot(ROOT_EXC, exc);
  throw PENDING;
}

/**
 * V8's stack overflow. Tested without a call or a regular expression: this runs at the depth
 * where the stack ran out, and a regex compiled there overflows again and throws a SyntaxError
 * the outer frames would not recognise (a failed run instead of RecursionError).
 */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === "Maximum call stack size exceeded";
}

/**
 * For residual entry points: turn a JS exception into the 0 return with the exception pending.
 * Anything that is not a Python error (an interpreter bug) is rethrown.
 */
export function caught(e: unknown): number {
  if (e === PENDING) return 0;
  if (e instanceof GcOutOfMemory) {
    setRoot(ROOT_EXC, errorHooks.memoryError());
    return 0;
  }
  if (isStackOverflow(e)) {
    setRoot(ROOT_EXC, errorHooks.recursionError());
    return 0;
  }
  throw e;
}

/** After a call returned 0: rethrow the pending exception as PENDING (residual code). */
export function check(r: number): number {
  if (r === 0) throw PENDING;
  return r;
}

export function pendingException(): number {
  return getRoot(ROOT_EXC);
}

export function noneRef(): number {
  return getRoot(ROOT_NONE);
}
export function trueRef(): number {
  return getRoot(ROOT_TRUE);
}
export function falseRef(): number {
  return getRoot(ROOT_FALSE);
}
export function boolRef(b: boolean): number {
  return getRoot(b ? ROOT_TRUE : ROOT_FALSE);
}
