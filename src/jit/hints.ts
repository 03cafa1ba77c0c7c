/*
 * src/jit/hints.ts — the `jit` hints that RTS code imports (DESIGN.md decision 5).
 *
 * In the plain interpreter every hint is an identity or a no-op; the
 * codewriter (src/tracer/codewriter) recognizes them BY NAME when they are
 * imported from this module and turns them into jitcode instructions. They
 * are wrapper calls, not comments or decorators, so they survive esbuild:
 *
 *   export const driver = jitDriver({ name: "a", greens: ["pc", "code"], reds: ["frame"] });
 *   export function interpret(pc: Int, code: Ref, frame: Ref): Int {    // the portal:
 *     while (true) {                                                    // params = greens then reds
 *       jitMergePoint(driver, pc, code, frame);
 *       ...
 *       canEnterJit(driver, target, code, frame);   // on backward jumps, new greens
 *     }
 *   }
 *   export const fetch = elidable(function fetch(code: Ref, pc: Int): Int { ... });
 *   export const slowPath = dontLookInside(function slowPath(x: Int): Int { ... });
 *
 * Further down: overflow-checked ints (intAddOvf/intSubOvf/intMulOvf +
 * overflowed, PyPy's ovfcheck), classOf (-> guard_class when promoted),
 * floatToInt, and the error convention (pendingExceptionSlot, raising).
 *
 * The tracer lives above this module (Layering: src/interp imports the hints
 * and never the tracer), so the only link is `installJitHook`: the tracer
 * installs the function canEnterJit calls. With no hook installed (JIT off),
 * canEnterJit is one load and one compare.
 *
 * Leaving the interpreter: when the JIT has run compiled code or a trace from
 * a canEnterJit, the interpreter's own activation is stale; the hook throws
 * ContinueRunningNormally (restart the portal with these greens and reds) or
 * DoneWithThisFrame (the portal returned this value). `portalRunner(fn)`
 * wraps the portal to catch both (PyPy's ll_portal_runner). Therefore: at a
 * canEnterJit every live value of the portal must be a green or a red.
 *
 * Kinds. RTS values are JS numbers; the codewriter reads the type aliases
 * below from parameter and return annotations to pick a register kind:
 * Ref (i32 heap reference or tagged word), Float (f64), anything else int.
 */

import { HDR_LAYOUT_MASK, HDR_TID } from "../gc/header.js";
import { loadI32 } from "../gc/barrier.js";

/** A heap reference (8-aligned address), null, or a tagged word: the ref kind. */
export type Ref = number;
/** An exact integer (an i64 machine word in traces): the int kind. */
export type Int = number;
/** A double: the float kind. */
export type Float = number;

export interface JitDriverSpec {
  readonly name: string;
  readonly greens: readonly string[];
  readonly reds: readonly string[];
  /**
   * Reds whose fields live in trace locals while a loop runs (src/tracer/opt/vable.ts):
   * in a trace, their fields must be read and written only through that red
   * (residual calls excepted: the heap is made current around them).
   */
  readonly virtualizables?: readonly string[];
}

export interface JitDriver extends JitDriverSpec {
  readonly id: number;
}

const drivers: JitDriver[] = [];

export function jitDriver(spec: JitDriverSpec): JitDriver {
  const d: JitDriver = { ...spec, id: drivers.length };
  drivers.push(d);
  return d;
}

export function allDrivers(): readonly JitDriver[] {
  return drivers;
}

/** What canEnterJit calls when a JIT is installed: (driver, greens..., reds...). */
export type JitHook = (driver: JitDriver, args: number[]) => void;
let hook: JitHook | null = null;

export function installJitHook(h: JitHook | null): void {
  hook = h;
}

/** Top of the dispatch loop: a no-op outside traces. */
export function jitMergePoint(_driver: JitDriver, ..._greensAndReds: number[]): void {}

/** On backward jumps, with the greens of the jump target. May throw ContinueRunningNormally / DoneWithThisFrame. */
export function canEnterJit(driver: JitDriver, ...greensAndReds: number[]): void {
  if (hook !== null) hook(driver, greensAndReds);
}

/** Make x a trace constant (behind a guard_value). */
export function promote(x: number): number {
  return x;
}

/** True inside jitcodes (tracer and blackhole), false in the plain interpreter. */
export function weAreJitted(): boolean {
  return false;
}

/** True when the tracer knows x is a constant. */
export function isConstant(_x: number): boolean {
  return false;
}

/** Pure function: a call with constant arguments is folded while tracing. */
export function elidable<F extends (...args: never[]) => unknown>(fn: F): F {
  return fn;
}

/** Never traced into: recorded as a residual call. */
export function dontLookInside<F extends (...args: never[]) => unknown>(fn: F): F {
  return fn;
}

// ---- overflow-checked integer arithmetic (PyPy's ovfcheck) ----
//
// The fast-path int range is |x| <= INT_OVF_LIMIT = 2^53 - 1: the integers a
// JS number holds exactly, so the plain interpreter and an i64 trace agree on
// every value inside it (DESIGN.md decision 3 asks for at least 2^53). RPython
// writes `try: r = ovfcheck(a + b) except OverflowError: slow`; RTS has no
// try, so the check is a second call on the result:
//
//   const r = intAddOvf(a, b);
//   if (overflowed(r)) return slowPath(a, b);   // r means nothing here
//
// In the plain interpreter intAddOvf is `a + b` and overflowed() a range test:
// rounding is monotone, so an exact result beyond the limit rounds to a number
// beyond it too (and one inside is exact). The tracer records `int_add_ovf`
// followed by `guard_no_overflow` (or `guard_overflow` if this run overflowed)
// and folds overflowed(r) to that outcome; the backend checks the range in i64
// (add, sub) or in f64 (mul, whose i64 product may wrap).

/** Largest magnitude of a fast-path int. */
export const INT_OVF_LIMIT = Number.MAX_SAFE_INTEGER;

/** a + b; check it with overflowed(). */
export function intAddOvf(a: Int, b: Int): Int {
  return a + b;
}

/** a - b; check it with overflowed(). */
export function intSubOvf(a: Int, b: Int): Int {
  return a - b;
}

/** a * b (never -0); check it with overflowed(). */
export function intMulOvf(a: Int, b: Int): Int {
  return a * b + 0;
}

/** True when r (the result of an intXxxOvf) is outside the fast-path range. */
export function overflowed(r: Int): boolean {
  return !(r <= INT_OVF_LIMIT && r >= -INT_OVF_LIMIT);
}

/**
 * An int from a float, truncated toward zero (PyPy's cast_float_to_int): how
 * RTS reads an exact integer kept in an f64 field (ints up to 2^53). Defined
 * for finite values within the int range only.
 */
export function floatToInt(x: Float): Int {
  return Math.trunc(x);
}

// ---- classes: guard_class ----

/**
 * The layout id in obj's header (src/gc/header.ts: tid & HDR_LAYOUT_MASK).
 * `promote(classOf(obj))` becomes `guard_class(obj, L)` in a trace; after it,
 * and after any guard_value on obj, classOf(obj) is a trace constant.
 */
export function classOf(obj: Ref): Int {
  return loadI32(obj, HDR_TID) & HDR_LAYOUT_MASK;
}

// ---- Python-level errors: return values and the pending-exception slot ----
//
// RTS has no try/catch and never throws for a Python-level error: a function
// that fails stores the exception in the pending-exception root slot and
// returns 0 (or a null ref); its caller tests one or the other with a plain
// `if`. Both tests trace well:
//   - testing the returned value (`if (r === 0)`) records guard_isnull /
//     guard_nonnull on it; declare the callee with dontLookInside;
//   - testing the slot (`if (getRoot(EXC) !== 0)`) after a callee wrapped in
//     raising(...): the tracer records `guard_no_exception(slot)` right after
//     the call and knows the slot is clear until the next call or store to it,
//     so the test folds away (one guard, no load).
// A failing guard resumes after the call, with the call's result and the
// exception already stored: the interpreter's own test takes the error path.

let pendingSlot = 0;

/** Declare the global root slot (an address from allocRootSlot) that holds the pending exception. */
export function pendingExceptionSlot(addr: number): number {
  pendingSlot = addr;
  return addr;
}

/** The declared pending-exception slot, 0 if none. */
export function pendingExceptionSlotAddr(): number {
  return pendingSlot;
}

/** A residual call that may store a pending exception (and then return 0). */
export function raising<F extends (...args: never[]) => unknown>(fn: F): F {
  return fn;
}

/** Restart the portal with these arguments (greens then reds). */
export class ContinueRunningNormally {
  constructor(readonly args: number[]) {}
}

/** The portal returned `result`. */
export class DoneWithThisFrame {
  constructor(readonly result: number) {}
}

/** Wrap a portal so the JIT may replace its activation (see the essay). */
export function portalRunner(fn: (...args: number[]) => number): (...args: number[]) => number {
  return (...args: number[]): number => {
    for (;;) {
      try {
        return fn(...args);
      } catch (e) {
        if (e instanceof ContinueRunningNormally) {
          args = e.args;
          continue;
        }
        if (e instanceof DoneWithThisFrame) return e.result;
        throw e;
      }
    }
  };
}
