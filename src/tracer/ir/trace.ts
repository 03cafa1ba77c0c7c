/*
 * trace.ts — trace values and operations.
 *
 * A trace value is a constant (Const), a loop or bridge input (InputArg) or
 * the result of an earlier operation (ResOp). Operations point at their
 * arguments directly (an object graph: traces are a few hundred ops, and the
 * passes read more clearly this way; see docs/ARCHITECTURE.md for the trade-off
 * against typed arrays).
 *
 * Invariants (checked by verifyTrace): every argument is a Const, an input of
 * this trace, or an op defined earlier; arity and kinds follow ops.ts; every
 * guard has `resume` and `failArgs` once the trace is finished (failArgs are
 * the distinct non-constant values its resume data needs, in a fixed order:
 * the backend stores them in the exit area in that order).
 */

import { GUARD, type Kind, type OpInfo, opByName } from "./ops.js";

export class Const {
  constructor(
    readonly kind: Kind,
    readonly value: number,
  ) {}
}

export class InputArg {
  constructor(readonly kind: Kind) {}
}

/** A call target: the function the blackhole and the backend call, by name in logs. */
export interface CallDescr {
  readonly name: string;
  readonly fn?: (...args: number[]) => number | void;
  readonly argKinds: readonly Kind[];
  readonly result: Kind;
}

/** One frame of a guard's resume data: where to continue and which registers hold which values. */
export interface ResumeFrame {
  readonly jitcode: number;
  readonly pc: number;
  /** Register receiving the inner frame's return value (-1 for the innermost frame). */
  readonly resultReg: number;
  readonly regs: readonly number[];
  readonly values: readonly Value[];
}

/**
 * A virtualizable field whose current value lives in a trace value instead of
 * the heap (opt/vable.ts): written back, with `op` (a gc_store_*), by
 * whoever leaves the trace there — the runtime on a guard failure or a tick
 * exit, a bridge's first ops when the guard has one.
 */
export interface VableStore {
  readonly obj: Value;
  readonly off: number;
  readonly op: string;
  readonly value: Value;
}

export class ResOp {
  /** Guards: frames outermost first. */
  resume: ResumeFrame[] | null = null;
  /** Guards, and a loop's label (for its tick exit): virtualizable fields to write back. */
  vable: VableStore[] | null = null;
  failArgs: Value[] | null = null;
  /** Guards: global guard number once compiled. */
  guardId = -1;
  constructor(
    readonly op: OpInfo,
    public args: Value[],
    public descr: CallDescr | string | null = null,
  ) {}
  get kind(): Kind {
    return this.op.result;
  }
  get isGuard(): boolean {
    return (this.op.flags & GUARD) !== 0;
  }
}

export type Value = Const | InputArg | ResOp;

export function kindOf(v: Value): Kind {
  return v instanceof ResOp ? v.op.result : v.kind;
}

export interface Trace {
  inputs: InputArg[];
  ops: ResOp[];
  /**
   * Loops only: inputs that are virtualizable (the driver's `virtualizables`
   * among its reds). A trace with a `label` op has a preamble (the ops before
   * it, run once per entry); the label's args are the loop variables that
   * `jump` rebinds, starting with the inputs (PyPy's label/jump convention).
   */
  vables?: InputArg[];
}

export function op(name: string, args: Value[], descr: CallDescr | string | null = null): ResOp {
  return new ResOp(opByName(name), args, descr);
}

export function verifyTrace(t: Trace): void {
  const defined = new Set<Value>(t.inputs);
  t.ops.forEach((o, i) => {
    if (o.op.arity >= 0 && o.args.length !== o.op.arity) throw new Error(`op ${i} ${o.op.name}: ${o.args.length} args, wants ${o.op.arity}`);
    for (const a of o.args) if (!(a instanceof Const) && !defined.has(a)) throw new Error(`op ${i} ${o.op.name}: argument used before its definition`);
    if (o.failArgs) for (const a of o.failArgs) if (!(a instanceof Const) && !defined.has(a)) throw new Error(`op ${i} ${o.op.name}: fail arg undefined`);
    if (o.vable) for (const s of o.vable) for (const a of [s.obj, s.value]) if (!(a instanceof Const) && !defined.has(a)) throw new Error(`op ${i} ${o.op.name}: virtualizable value undefined`);
    defined.add(o);
  });
}
