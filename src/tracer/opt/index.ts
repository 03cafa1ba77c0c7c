/*
 * opt/index.ts — the optimizer: a chain of passes built from a list.
 *
 * Each pass is one file with one entry point `(trace, ctx) => void` that
 * rewrites the trace in place; ALL_OPTS lists them in order and
 * `buildChain("rewrite:pure:guards:dce")` picks a subset (the same string
 * drives tests and a future --jit-opts flag), as PyPy's optimizeopt/__init__.
 *
 * Rewriting values: a pass that replaces a value by another calls
 * `ctx.replace(old, new)`; `substitute` then rewrites every argument, every
 * jump argument and every guard's resume values, so no pass has to know who
 * uses what. Passes run before guards get their fail args (resume.ts).
 * `vable` (virtualizable frame fields in loop variables) runs after `heap`.
 * `intbounds` is a small version of PyPy's; virtuals and unrolling are later work.
 */

import { type ResOp, type Trace, type Value, verifyTrace } from "../ir/trace.js";
import { optDce } from "./dce.js";
import { optGuards } from "./guards.js";
import { optHeap } from "./heap.js";
import { optIntBounds } from "./intbounds.js";
import { optPure } from "./pure.js";
import { optRewrite } from "./rewrite.js";
import { optVable } from "./vable.js";

export interface OptContext {
  replace(old: ResOp, by: Value): void;
  resolve(v: Value): Value;
}

export type OptPass = (t: Trace, ctx: OptContext) => void;

export const ALL_OPTS: ReadonlyArray<readonly [string, OptPass]> = [
  ["rewrite", optRewrite],
  ["pure", optPure],
  ["heap", optHeap],
  ["vable", optVable],
  // after heap: values forwarded from stores may be constants or boxed ints it can unbox
  ["intbounds", optIntBounds],
  // again: heap forwarding and intbounds make equal values (two tag tests of one loaded ref)
  ["pure", optPure],
  ["guards", optGuards],
  ["dce", optDce],
];

export const DEFAULT_OPTS = ALL_OPTS.map(([n]) => n).join(":");

export function buildChain(spec: string = DEFAULT_OPTS): OptPass[] {
  const want = new Set(spec.split(":").filter((s) => s !== ""));
  for (const w of want) if (!ALL_OPTS.some(([n]) => n === w)) throw new Error(`unknown optimization ${w}`);
  return ALL_OPTS.filter(([n]) => want.has(n)).map(([, p]) => p);
}

export function makeContext(): OptContext & { map: Map<Value, Value> } {
  const map = new Map<Value, Value>();
  const resolve = (v: Value): Value => {
    let r = v;
    for (let n = map.get(r); n !== undefined; n = map.get(r)) r = n;
    return r;
  };
  return { map, resolve, replace: (old, by) => map.set(old, by) };
}

export function substitute(t: Trace, ctx: OptContext): void {
  for (const o of t.ops) {
    o.args = o.args.map(ctx.resolve);
    if (o.resume) o.resume = o.resume.map((f) => ({ ...f, values: f.values.map(ctx.resolve) }));
    if (o.failArgs) o.failArgs = o.failArgs.map(ctx.resolve);
    if (o.vable) o.vable = o.vable.map((s) => ({ ...s, obj: ctx.resolve(s.obj), value: ctx.resolve(s.value) }));
  }
}

export function optimize(t: Trace, spec: string = DEFAULT_OPTS): Trace {
  for (const pass of buildChain(spec)) {
    const ctx = makeContext();
    pass(t, ctx);
    substitute(t, ctx);
    verifyTrace(t);
  }
  return t;
}
