/*
 * warmstate.ts — the JIT runtime: counters, entering compiled code, guard
 * failures, bridges (PyPy's warmstate.py + compile.py's guard handling).
 *
 * `new Jit(linked, options)` + `jit.install()` hooks canEnterJit. At each
 * canEnterJit the green key's cell is looked up:
 *   - a compiled loop exists -> run it (runLoop);
 *   - (a trace from here that reaches another key's compiled loop first,
 *     e.g. an outer loop at its inner loop's header, becomes an entry trace
 *     that jumps into that loop: nested loops are not unrolled into each other);
 *   - the counter reaches the cell's threshold -> trace from here; the
 *     finished trace is optimized, compiled and run at once;
 *   - a trace that aborts doubles the cell's threshold (exponential back-off,
 *     ABORT_BACKOFF_LIMIT aborts disable the key): no retrying forever.
 * All three leave the interpreter's activation by throwing
 * ContinueRunningNormally / DoneWithThisFrame (see src/jit/hints.ts).
 *
 * runLoop calls the loop's table slot with the exit area. On return, the exit
 * number names a guard: a tick exit re-enters the loop; a guard that failed
 * `bridgeThreshold` times is traced into a bridge (at most maxBridgesPerLoop
 * per loop), compiled and attached to the guard's slot, and execution goes
 * on in the loop the bridge reached; otherwise the blackhole finishes the
 * interrupted step from the guard's resume data and the interpreter goes on.
 *
 * The JIT never changes a result: a trace the backend cannot compile is
 * logged (jit-backend) and the key runs interpreted from then on.
 */

import { ARRAY_ITEMS, F64, F64_ARRAY, allocFixed, allocRootSlot, allocVar, getRoot, memory, setRoot, writeBarrierSlow } from "../gc/index.js";
import { ContinueRunningNormally, DoneWithThisFrame, type JitDriver, installJitHook } from "../jit/hints.js";
import { WasmBackend } from "../backend-wasm/compile.js";
import { binaryenIfLoaded, loadBinaryen } from "../backend-wasm/module.js";
import { blackholeChain } from "./blackhole.js";
import { Const, type ResOp, type Trace, type Value } from "./ir/trace.js";
import { printTrace } from "./ir/text.js";
import type { JitCode, Linked } from "./jitcode.js";
import { JitLog } from "./jitlog.js";
import { MetaInterp, FINISH_KEY, TraceAborted, TracedReturn, type TraceResult, greenKey } from "./metainterp.js";
import { DEFAULT_OPTS, optimize } from "./opt/index.js";
import { blackholeFramesAtExit, finishGuards, tracerFramesAtExit, writeBackVable } from "./resume.js";

export interface JitOptions {
  threshold: number;
  traceLimit: number;
  bridgeThreshold: number;
  maxBridgesPerLoop: number;
  opts: string;
  log: JitLog;
}

export const DEFAULT_JIT_OPTIONS: Omit<JitOptions, "log"> = { threshold: 1039, traceLimit: 6000, bridgeThreshold: 200, maxBridgesPerLoop: 64, opts: DEFAULT_OPTS };
export const ABORT_BACKOFF_LIMIT = 8;
const EXIT_AREA_VALUES = 8191;

export interface LoopToken {
  readonly id: number;
  readonly key: string;
  readonly trace: Trace;
  readonly slot: number;
  bridges: number;
  entries: number;
}

interface Exit {
  readonly op: ResOp | null;
  readonly loop: LoopToken;
  readonly tick: boolean;
  /** A bridge's `finish`: the portal returns its one value. */
  readonly finish?: boolean;
  readonly nvalues: number;
  failures: number;
  bridged: boolean;
}

interface Cell {
  counter: number;
  threshold: number;
  aborts: number;
  loop: LoopToken | null;
  disabled: boolean;
}

export class Jit {
  readonly opts: JitOptions;
  readonly loops: LoopToken[] = [];
  readonly bridges: Trace[] = [];
  private cells = new Map<string, Cell>();
  private exits: Exit[] = [];
  private portals = new Map<number, JitCode>();
  private backend: WasmBackend | null = null;
  private areaRoot: number;

  constructor(
    readonly linked: Linked,
    options: Partial<JitOptions> = {},
  ) {
    this.opts = { ...DEFAULT_JIT_OPTIONS, log: options.log ?? new JitLog(), ...options };
    for (const jc of linked.jitcodes)
      for (const insn of jc.code) if (insn[0] === "jit_merge_point") this.portals.set((linked.resolve(insn[1] as string) as JitDriver).id, jc);
    this.areaRoot = allocRootSlot();
    setRoot(this.areaRoot, allocVar(F64_ARRAY, EXIT_AREA_VALUES + 1));
  }

  get log(): JitLog {
    return this.opts.log;
  }

  install(): this {
    installJitHook((d, a) => this.onCanEnterJit(d, a));
    return this;
  }

  uninstall(): void {
    installJitHook(null);
  }

  /** Uninstall and write the jit-summary section. */
  close(): void {
    this.uninstall();
    this.log.close();
  }

  /** Load the backend now (tests; a CLI may do it when the first counter gets warm). */
  async preloadBackend(): Promise<void> {
    await this.loadBackend();
  }

  /** Load binaryen, make the backend and warm it up (WasmBackend.warmUp): all of it off the hot path. */
  private loadBackend(): Promise<unknown> {
    return loadBinaryen().then(() => this.ensureBackend());
  }

  private area(): number {
    return getRoot(this.areaRoot) + ARRAY_ITEMS;
  }

  private cell(key: string): Cell {
    let c = this.cells.get(key);
    if (c === undefined) this.cells.set(key, (c = { counter: 0, threshold: this.opts.threshold, aborts: 0, loop: null, disabled: false }));
    return c;
  }

  private location(driver: JitDriver, greens: number[]): string {
    return `${driver.name} ${driver.greens.map((g, i) => `${g}=${greens[i]}`).join(" ")}`;
  }

  private onCanEnterJit(driver: JitDriver, args: number[]): void {
    const key = greenKey(driver, args);
    const cell = this.cell(key);
    if (cell.loop !== null) this.runLoop(cell.loop, args.slice(driver.greens.length));
    if (cell.disabled || ++cell.counter < cell.threshold) return;
    cell.counter = 0;
    if (this.backend === null) {
      // a synchronous interpreter never yields to the event loop: use binaryen if it is loaded
      if (binaryenIfLoaded() === null) {
        void this.loadBackend();
        return;
      }
      this.ensureBackend();
    }
    const portal = this.portals.get(driver.id);
    if (portal === undefined) return;
    const mi = new MetaInterp(this.linked, { traceLimit: this.opts.traceLimit, hasLoop: (k) => this.cells.get(k)?.loop != null }, (d, g) => this.location(d, g));
    const res = this.traced(() => mi.traceLoop(portal, driver, args), key, cell);
    // a trace that reached another compiled loop first (an outer loop reaching its inner
    // loop's header) is an entry trace: it ends by jumping into that loop
    const target = res.endKey === key ? null : this.cells.get(res.endKey)!.loop!;
    const loop = this.compileLoop(key, res.trace, target);
    if (loop === null) {
      cell.disabled = true;
      throw new ContinueRunningNormally(res.endArgs);
    }
    cell.loop = loop;
    this.runLoop(target ?? loop, res.endArgs.slice(driver.greens.length));
  }

  /** Run the tracer; on abort, back off and let the blackhole finish the step. */
  private traced(f: () => TraceResult, key: string, cell: Cell | null): TraceResult {
    const t0 = performance.now();
    try {
      return f();
    } catch (e) {
      if (e instanceof TraceAborted || e instanceof TracedReturn) {
        const reason = e instanceof TraceAborted ? e.reason : "the portal returned while tracing";
        this.log.count("aborts");
        this.log.section("jit-abort-log", `abort: ${reason} at ${key}`);
        if (cell !== null) {
          cell.aborts++;
          cell.threshold = this.opts.threshold * 2 ** cell.aborts;
          if (cell.aborts >= ABORT_BACKOFF_LIMIT) cell.disabled = true;
        }
        if (e instanceof TracedReturn) throw new DoneWithThisFrame(e.value);
        blackholeChain(this.linked, e.frames);
      }
      throw e;
    } finally {
      this.log.time("Tracing", performance.now() - t0);
    }
  }

  private ensureBackend(): WasmBackend {
    if (this.backend === null) {
      const b = binaryenIfLoaded();
      if (b === null) throw new Error("backend not loaded");
      this.backend = new WasmBackend(b, { memory, allocFixed, allocVar, writeBarrierSlow });
      this.backend.warmUp();
    }
    return this.backend;
  }

  /** Optimize, give guards exit numbers and fail args, compile. Null (logged) if the backend refuses. */
  private compileTrace(trace: Trace, root: LoopToken | null, isLoop: boolean, jumpSlot: number, header: string, finishExit = -1): { fn: (a: number) => number; tickExit: number; exitsFrom: number } | null {
    const be = this.ensureBackend();
    this.log.section(isLoop ? "jit-log-noopt-loop" : "jit-log-noopt-bridge", () => printTrace(trace));
    optimize(trace, this.opts.opts);
    finishGuards(trace);
    const exitsFrom = this.exits.length;
    const guards = trace.ops.filter((o) => o.isGuard);
    for (const g of guards) g.guardId = be.allocSlot();
    const tickExit = isLoop ? be.allocSlot() : -1;
    this.log.section(isLoop ? "jit-log-opt-loop" : "jit-log-opt-bridge", () => `${header} with ${trace.ops.length} ops\n${printTrace(trace)}`);
    const t0 = performance.now();
    try {
      const fn = be.compile({ trace, tickExit, jumpSlot, isLoop, finishExit });
      const ms = performance.now() - t0;
      this.log.time("Backend", ms);
      this.log.compileTimesMs.push(ms);
      this.log.section("jit-backend", `${header}: ${trace.ops.length} ops compiled in ${ms.toFixed(3)} ms`);
      // exits are registered by the caller once the loop token exists
      void root;
      return { fn, tickExit, exitsFrom };
    } catch (e) {
      this.log.count("compile failures");
      this.log.section("jit-backend", `${header}: not compiled, runs interpreted: ${(e as Error).message}`);
      return null;
    }
  }

  private registerExits(trace: Trace, loop: LoopToken, tickExit: number): void {
    const be = this.ensureBackend();
    void be;
    for (const g of trace.ops) if (g.isGuard) this.exits[g.guardId] = { op: g, loop, tick: false, nvalues: g.failArgs!.length, failures: 0, bridged: false };
    if (tickExit >= 0) this.exits[tickExit] = { op: null, loop, tick: true, nvalues: trace.inputs.length, failures: 0, bridged: false };
  }

  /** A loop, or with `target` an entry trace that ends by jumping into target's loop. */
  private compileLoop(key: string, trace: Trace, target: LoopToken | null = null): LoopToken | null {
    const id = this.loops.length;
    const r = this.compileTrace(trace, null, target === null, target?.slot ?? -1, `# Loop ${id} (${key}) : ${target === null ? "loop" : `entry to Loop ${target.id}`}`);
    if (r === null) return null;
    const be = this.ensureBackend();
    const slot = be.allocSlot();
    be.attach(slot, r.fn);
    const loop: LoopToken = { id, key, trace, slot, bridges: 0, entries: 0 };
    this.loops.push(loop);
    this.registerExits(trace, loop, r.tickExit);
    this.log.count("loops");
    return loop;
  }

  private writeInputs(values: readonly number[]): void {
    const base = (this.area() >> 3) + 1;
    for (let k = 0; k < values.length; k++) F64[base + k] = values[k];
  }

  private readValues(n: number): number[] {
    const base = (this.area() >> 3) + 1;
    const out: number[] = [];
    for (let k = 0; k < n; k++) out.push(F64[base + k]);
    return out;
  }

  /** Run compiled code from `loop` with its red inputs; never returns normally. */
  private runLoop(loop: LoopToken, reds: readonly number[]): never {
    const be = this.ensureBackend();
    this.writeInputs(reds);
    let slot = loop.slot;
    loop.entries++;
    for (;;) {
      const exitNo = be.call(slot, this.area());
      const ex = this.exits[exitNo];
      if (ex.tick) {
        // the tick exit stores the label's args (inputs first); write the virtualizable fields back
        const label = ex.loop.trace.ops.find((o) => o.op.name === "label");
        if (label?.vable) {
          const vals = this.readValues(label.args.length);
          writeBackVable(label.vable, (v) => (v instanceof Const ? v.value : vals[label.args.indexOf(v)]));
        }
        slot = ex.loop.slot;
        continue;
      }
      const values = this.readValues(ex.nvalues);
      if (ex.finish) throw new DoneWithThisFrame(values[0]);
      ex.failures++;
      this.log.count("guard failures");
      const g = ex.op!;
      if (!ex.bridged && ex.failures >= this.opts.bridgeThreshold && ex.loop.bridges < this.opts.maxBridgesPerLoop && g.op.name !== "guard_not_gc_wanted") {
        ex.bridged = true;
        const target = this.traceBridge(ex, values);
        this.writeInputs(target.reds);
        slot = target.loop.slot;
        continue;
      }
      this.log.count("blackhole resumes");
      blackholeChain(this.linked, blackholeFramesAtExit(this.linked, g, values));
    }
  }

  private traceBridge(ex: Exit, values: number[]): { loop: LoopToken; reds: number[] } {
    const g = ex.op!;
    const { frames, inputs, prologue } = tracerFramesAtExit(this.linked, g, values);
    const mi = new MetaInterp(this.linked, { traceLimit: this.opts.traceLimit, hasLoop: (k) => this.cells.get(k)?.loop != null }, (d, gr) => this.location(d, gr));
    const res = this.traced(() => mi.traceBridge(frames, inputs, prologue), `bridge from guard ${g.guardId}`, null);
    if (res.endKey === FINISH_KEY) this.finishBridge(ex, res);
    const target = this.cells.get(res.endKey)!.loop!;
    const driverGreens = res.endArgs.length - target.trace.inputs.length;
    const reds = res.endArgs.slice(driverGreens);
    const r = this.compileTrace(res.trace, ex.loop, false, target.slot, `# bridge out of Guard ${g.guardId}`);
    if (r === null) return { loop: target, reds };
    this.registerExits(res.trace, ex.loop, -1);
    this.ensureBackend().attach(g.guardId, r.fn);
    ex.loop.bridges++;
    this.bridges.push(res.trace);
    this.log.count("bridges");
    return { loop: target, reds };
  }

  /**
   * A bridge that leaves the portal (the loop was left by a `return`): compiled with a finish
   * exit that makes the portal return its value. Tracing ran the rest of the frame concretely,
   * so this activation is done either way.
   */
  private finishBridge(ex: Exit, res: TraceResult): never {
    const g = ex.op!;
    const be = this.ensureBackend();
    const finishExit = be.allocSlot();
    const r = this.compileTrace(res.trace, ex.loop, false, -1, `# bridge out of Guard ${g.guardId} (finish)`, finishExit);
    if (r !== null) {
      this.registerExits(res.trace, ex.loop, -1);
      this.exits[finishExit] = { op: null, loop: ex.loop, tick: false, finish: true, nvalues: 1, failures: 0, bridged: false };
      be.attach(g.guardId, r.fn);
      ex.loop.bridges++;
      this.bridges.push(res.trace);
      this.log.count("bridges");
    }
    throw new DoneWithThisFrame(res.endArgs[0]!);
  }

  /** Every value a guard of `t` keeps (for tests). */
  static failArgsOf(t: Trace): Value[][] {
    return t.ops.filter((o) => o.isGuard).map((o) => o.failArgs ?? []);
  }
}
