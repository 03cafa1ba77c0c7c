/*
 * compile.ts — one trace -> one Wasm function (DESIGN.md decision 9).
 *
 * ABI: every trace function is `(param $area i32) (result i32)`. $area is the
 * exit area, an object in the heap: word 0 receives the exit number, value k
 * lives at byte 8 + 8k as an f64 (ints are exact integers, refs i32 words,
 * floats themselves: one format, no BigInt across the JS boundary). A trace
 * loads its inputs from there; a guard that fails stores its fail args there,
 * writes its own number into word 0 and tail-calls (return_call_indirect)
 * its slot in the shared function table. The slot holds a stub returning
 * word 0 until a bridge is attached, which is one `table.set` — the loop is
 * never recompiled. A bridge ends by storing the target loop's inputs and
 * tail-calling the loop's entry slot.
 *
 * Value kinds: int -> i64, ref -> i32, float -> f64 (ops.ts has the
 * semantics; bitwise ops work on the low 32 bits like JS). Each trace value
 * gets a local. A loop body sits in a Wasm `loop`; `jump` assigns the loop
 * variables (the label's args, else the inputs) in parallel, through
 * temporaries, and branches back; ops before a label run once per entry.
 * int_*_ovf set an i32 flag local that guard_(no_)overflow tests. Every TICK_PERIOD
 * iterations the loop leaves through its tick exit so the next call runs
 * V8's optimized tier (V8 has no on-stack replacement for Wasm).
 */

import { COLLECT_WANTED, GCFLAG_TRACK_YOUNG, HDR_LAYOUT_MASK, HDR_TID } from "../gc/index.js";
import { INT_OVF_LIMIT, type Kind, OVF } from "../tracer/ir/ops.js";
import { type CallDescr, Const, InputArg, type ResOp, type Trace, type Value, kindOf, op } from "../tracer/ir/trace.js";
import { type BModule, type Binaryen, TABLE_MAX, newTraceModule } from "./module.js";

export const TICK_PERIOD = 1 << 16;

/* eslint-disable @typescript-eslint/no-explicit-any */
type WasmFn = (area: number) => number;
const WA = (globalThis as any).WebAssembly;

export interface BackendImports {
  memory: unknown;
  allocFixed: (layout: number) => number;
  allocVar: (layout: number, n: number) => number;
  writeBarrierSlow: (obj: number, off: number, v: number) => void;
}

export interface CompileRequest {
  trace: Trace;
  /** Table slot of each guard (guard.guardId is its exit number and slot). */
  /** loop: its own tick exit number; bridge: -1. */
  tickExit: number;
  /** bridge: the entry slot of the loop its jump goes to; loop: -1. */
  jumpSlot: number;
  /** "loop" traces branch back to their own start. */
  isLoop: boolean;
  /** A bridge ending in `finish`: the exit number (and slot) it leaves by; else -1. */
  finishExit?: number;
}

export class WasmBackend {
  readonly table: any;
  private readonly stub: WasmFn;
  private nextSlot = 0;
  compiled = 0;

  constructor(
    private readonly b: Binaryen,
    private readonly imports: BackendImports,
  ) {
    this.table = new WA.Table({ element: "anyfunc", initial: 256, maximum: TABLE_MAX });
    const m = newTraceModule(b);
    const p = b.createType([b.i32]);
    m.addFunction("stub", p, b.i32, [], m.i32.load(0, 4, m.local.get(0, b.i32)));
    m.addFunctionExport("stub", "stub");
    this.stub = this.instantiate(m).stub;
  }

  /**
   * Compile (and drop) one small trace with the usual shapes: guards and
   * their exits, heap loads and stores, int and float ops, a loop with a
   * tick. The first module costs binaryen and V8 ~10-20 ms of cold code;
   * paying it here, when the backend is loaded, keeps it off the first real
   * trace (which is compiled in the middle of the program's hot loop).
   */
  warmUp(): void {
    const p = new InputArg("r");
    const i = new InputArg("i");
    const x = op("gc_load_i32", [p, new Const("i", 8)]);
    const y = op("int_add", [x, i]);
    const ovf = op("int_add_ovf", [y, new Const("i", 1)]);
    const gOvf = op("guard_no_overflow", [ovf]);
    const f = op("gc_load_f64", [p, new Const("i", 16)]);
    const g = op("float_add", [f, op("cast_int_to_float", [y])]);
    const c = op("int_lt", [ovf, new Const("i", 100)]);
    const guard = op("guard_true", [c]);
    const ops = [x, y, ovf, gOvf, f, g.args[1] as ResOp, g, op("gc_store_f64", [p, new Const("i", 16), g]), op("gc_store_i32", [p, new Const("i", 8), ovf]), c, guard, op("jump", [p, ovf])];
    gOvf.failArgs = [p, y];
    guard.failArgs = [p, ovf, g];
    gOvf.guardId = this.allocSlot();
    guard.guardId = this.allocSlot();
    this.compile({ trace: { inputs: [p, i], ops }, tickExit: this.allocSlot(), jumpSlot: -1, isLoop: true });
  }

  /** A fresh table slot holding the stub. */
  allocSlot(): number {
    const s = this.nextSlot++;
    if (s >= this.table.length) this.table.grow(this.table.length);
    this.table.set(s, this.stub);
    return s;
  }

  attach(slot: number, fn: WasmFn): void {
    this.table.set(slot, fn);
  }

  call(slot: number, area: number): number {
    return this.table.get(slot)(area);
  }

  private instantiate(m: BModule): Record<string, WasmFn> {
    const bin = m.emitBinary();
    m.dispose();
    const mod = new WA.Module(bin);
    const calls: Record<string, unknown> = {};
    for (const [k, v] of this.pendingCalls) calls[k] = v;
    const inst = new WA.Instance(mod, {
      env: { memory: this.imports.memory, table: this.table, allocFixed: this.imports.allocFixed, allocVar: this.imports.allocVar, wb: this.imports.writeBarrierSlow, ...calls },
    });
    return inst.exports;
  }

  private pendingCalls = new Map<string, unknown>();

  /** Compile a trace; returns its function (the caller puts it in a slot). */
  compile(req: CompileRequest): WasmFn {
    const m = newTraceModule(this.b);
    this.pendingCalls.clear();
    new TraceCompiler(this.b, m, req, this.pendingCalls).run();
    this.compiled++;
    if (process.env.PYPYTS_JIT_VALIDATE === "1" && !m.validate()) throw new Error("backend: invalid module");
    return this.instantiate(m).trace;
  }
}

class TraceCompiler {
  private locals = new Map<Value, number>();
  private varTypes: number[] = [];
  private callNames = new Map<CallDescr, string>();

  constructor(
    private readonly b: Binaryen,
    private readonly m: BModule,
    private readonly req: CompileRequest,
    private readonly calls: Map<string, unknown>,
  ) {}

  private ty(k: Kind): number {
    const b = this.b;
    return k === "i" ? b.i64 : k === "r" ? b.i32 : k === "f" ? b.f64 : b.none;
  }

  private local(v: Value): number {
    let l = this.locals.get(v);
    if (l === undefined) {
      l = 1 + this.varTypes.length;
      this.varTypes.push(this.ty(kindOf(v)));
      this.locals.set(v, l);
    }
    return l;
  }

  private newLocal(k: Kind): number {
    this.varTypes.push(this.ty(k));
    return this.varTypes.length;
  }

  private area(): number {
    return this.m.local.get(0, this.b.i32);
  }

  /** The value as an expression of kind `want`. */
  private get(v: Value, want?: Kind): number {
    const { m } = this;
    const k = kindOf(v);
    let e: number;
    if (v instanceof Const) {
      if (k === "i") e = m.i64.const(BigInt(v.value));
      else if (k === "f") e = m.f64.const(v.value);
      else e = m.i32.const(v.value | 0);
    } else e = m.local.get(this.local(v), this.ty(k));
    return want === undefined ? e : this.conv(e, k, want);
  }

  private conv(e: number, from: Kind, to: Kind): number {
    const { m } = this;
    if (from === to || to === "v") return e;
    if (from === "i" && to === "r") return m.i32.wrap(e);
    if (from === "r" && to === "i") return m.i64.extend_s(e);
    if (from === "i" && to === "f") return m.f64.convert_s.i64(e);
    if (from === "r" && to === "f") return m.f64.convert_s.i32(e);
    if (from === "f" && to === "i") return m.i64.trunc_s_sat.f64(e);
    if (from === "f" && to === "r") return m.i32.trunc_s_sat.f64(e);
    throw new Error(`backend: no conversion ${from} -> ${to}`);
  }

  private store(k: number, v: Value): number {
    return this.m.f64.store(8 + 8 * k, 8, this.area(), this.get(v, "f"));
  }

  private load(k: number, kind: Kind): number {
    return this.conv(this.m.f64.load(8 + 8 * k, 8, this.area()), "f", kind);
  }

  private exit(exitNo: number, values: readonly Value[]): number {
    const { m, b } = this;
    const stmts = values.map((v, k) => this.store(k, v));
    stmts.push(m.i32.store(0, 4, this.area(), m.i32.const(exitNo)));
    stmts.push(m.return_call_indirect("t", m.i32.const(exitNo), [this.area()], b.createType([b.i32]), b.i32));
    return m.block(null, stmts, b.none);
  }

  private addr(p: Value, off: Value): { ptr: number; offset: number } {
    const { m } = this;
    if (off instanceof Const && off.value >= 0 && off.value < 0x7fffffff) return { ptr: this.get(p, "r"), offset: off.value };
    return { ptr: m.i32.add(this.get(p, "r"), this.get(off, "r")), offset: 0 };
  }

  private b32(e: number): number {
    return this.m.i64.extend_u(e);
  }

  private w(v: Value): number {
    return this.get(v, "r");
  }

  private expr(o: ResOp): number {
    const { m, b } = this;
    const [x, y, z] = o.args;
    const I = (v: Value): number => this.get(v, "i");
    const F = (v: Value): number => this.get(v, "f");
    const sx = (e: number): number => m.i64.extend_s(e);
    switch (o.op.name) {
      case "int_add": return m.i64.add(I(x), I(y));
      case "int_sub": return m.i64.sub(I(x), I(y));
      case "int_mul": return m.i64.mul(I(x), I(y));
      case "int_mod": return m.i64.rem_s(I(x), I(y));
      case "int_and": return sx(m.i32.and(this.w(x), this.w(y)));
      case "int_or": return sx(m.i32.or(this.w(x), this.w(y)));
      case "int_xor": return sx(m.i32.xor(this.w(x), this.w(y)));
      case "int_lshift": return sx(m.i32.shl(this.w(x), this.w(y)));
      case "int_rshift": return sx(m.i32.shr_s(this.w(x), this.w(y)));
      case "uint_rshift": return m.i64.extend_u(m.i32.shr_u(this.w(x), this.w(y)));
      case "int_signext": {
        const n = y instanceof Const ? y.value : 4;
        const w = this.w(x);
        return sx(n === 4 ? w : n === 2 ? m.i32.extend16_s(w) : m.i32.extend8_s(w));
      }
      case "int_neg": return m.i64.sub(m.i64.const(0n), I(x));
      case "int_invert": return sx(m.i32.xor(this.w(x), m.i32.const(-1)));
      case "int_is_zero": return this.b32(m.i64.eqz(I(x)));
      case "int_is_true": return this.b32(m.i64.ne(I(x), m.i64.const(0n)));
      case "int_lt": return this.b32(m.i64.lt_s(I(x), I(y)));
      case "int_le": return this.b32(m.i64.le_s(I(x), I(y)));
      case "int_gt": return this.b32(m.i64.gt_s(I(x), I(y)));
      case "int_ge": return this.b32(m.i64.ge_s(I(x), I(y)));
      case "int_eq": return this.b32(m.i64.eq(I(x), I(y)));
      case "int_ne": return this.b32(m.i64.ne(I(x), I(y)));
      case "int_add_ovf": return m.i64.add(I(x), I(y));
      case "int_sub_ovf": return m.i64.sub(I(x), I(y));
      case "int_mul_ovf": return m.i64.mul(I(x), I(y));
      case "int_overflowed": return this.b32(this.ovfFlagOf(x));
      case "class_of": return m.i64.extend_u(this.layoutOf(x));
      case "ptr_eq": return this.b32(m.i32.eq(this.w(x), this.w(y)));
      case "ptr_ne": return this.b32(m.i32.ne(this.w(x), this.w(y)));
      case "float_add": return m.f64.add(F(x), F(y));
      case "float_sub": return m.f64.sub(F(x), F(y));
      case "float_mul": return m.f64.mul(F(x), F(y));
      case "float_truediv": return m.f64.div(F(x), F(y));
      case "float_neg": return m.f64.neg(F(x));
      case "float_lt": return this.b32(m.f64.lt(F(x), F(y)));
      case "float_le": return this.b32(m.f64.le(F(x), F(y)));
      case "float_gt": return this.b32(m.f64.gt(F(x), F(y)));
      case "float_ge": return this.b32(m.f64.ge(F(x), F(y)));
      case "float_eq": return this.b32(m.f64.eq(F(x), F(y)));
      case "float_ne": return this.b32(m.f64.ne(F(x), F(y)));
      case "cast_int_to_float": return F(x);
      case "cast_float_to_int": return m.i64.trunc_s_sat.f64(F(x));
      case "cast_ptr_to_int": return I(x);
      case "cast_int_to_ptr": return this.w(x);
      case "same_as_i": return I(x);
      case "same_as_r": return this.w(x);
      case "same_as_f": return F(x);
      case "gc_load_i32": { const a = this.addr(x, y); return sx(m.i32.load(a.offset, 4, a.ptr)); }
      case "gc_load_u8": { const a = this.addr(x, y); return m.i64.extend_u(m.i32.load8_u(a.offset, 1, a.ptr)); }
      case "gc_load_r": { const a = this.addr(x, y); return m.i32.load(a.offset, 4, a.ptr); }
      case "gc_load_f64": { const a = this.addr(x, y); return m.f64.load(a.offset, 8, a.ptr); }
      case "gc_store_i32": case "gc_store_r_init": { const a = this.addr(x, y); return m.i32.store(a.offset, 4, a.ptr, this.w(z)); }
      case "gc_store_u8": { const a = this.addr(x, y); return m.i32.store8(a.offset, 1, a.ptr, this.w(z)); }
      case "gc_store_f64": { const a = this.addr(x, y); return m.f64.store(a.offset, 8, a.ptr, F(z)); }
      case "gc_store_r": {
        const a = this.addr(x, y);
        const flag = m.i32.and(m.i32.load(0, 4, this.w(x)), m.i32.const(GCFLAG_TRACK_YOUNG));
        return m.block(null, [m.i32.store(a.offset, 4, a.ptr, this.w(z)), m.if(flag, m.call(this.helper("wb", 3, false), [this.w(x), this.w(y), this.w(z)], b.none))], b.none);
      }
      case "new_fixed": return m.call(this.helper("allocFixed", 1, true), [this.w(x)], b.i32);
      case "new_var": return m.call(this.helper("allocVar", 2, true), [this.w(x), this.w(y)], b.i32);
      default:
        if (o.op.name.startsWith("call")) return this.call(o);
        throw new Error(`backend: cannot compile ${o.op.name}`);
    }
  }

  /** int_*_ovf result -> i32 local holding its overflow flag (set right after the op). */
  private ovfFlags = new Map<Value, number>();

  /**
   * The overflow flag of an ovf op's result, as an i32 expression. Inputs are
   * inside +-INT_OVF_LIMIT, so an i64 sum or difference is exact and its range
   * test is the flag; a product may wrap in i64, so its flag comes from the f64
   * product (exact when in range, beyond the limit when not: rounding is
   * monotone), as the interpreter computes it.
   */
  private ovfFlagOf(x: Value): number {
    const l = this.ovfFlags.get(x);
    if (l !== undefined) return this.m.local.get(l, this.b.i32);
    return this.outOfRange(this.get(x, "i"));
  }

  private outOfRange(e: number): number {
    const { m } = this;
    // |e| > LIMIT  <=>  (e + LIMIT) >u 2 * LIMIT
    return m.i64.gt_u(m.i64.add(e, m.i64.const(BigInt(INT_OVF_LIMIT))), m.i64.const(BigInt(2 * INT_OVF_LIMIT)));
  }

  private ovfFlag(o: ResOp): number {
    const { m } = this;
    const l = this.newLocal("r");
    this.ovfFlags.set(o, l);
    if (o.op.name !== "int_mul_ovf") return m.local.set(l, this.outOfRange(this.get(o, "i")));
    const f = (v: Value): number => this.get(v, "f");
    return m.local.set(l, m.f64.gt(m.f64.abs(m.f64.mul(f(o.args[0]), f(o.args[1]))), m.f64.const(INT_OVF_LIMIT)));
  }

  /** The layout id in the header of object x (HDR_TID & HDR_LAYOUT_MASK), i32. */
  private layoutOf(x: Value): number {
    const { m } = this;
    return m.i32.and(m.i32.load(HDR_TID, 4, this.get(x, "r")), m.i32.const(HDR_LAYOUT_MASK));
  }

  private helpers = new Set<string>();

  /** Import a runtime helper (i32 params) the first time it is used. */
  private helper(name: string, nparams: number, returnsI32: boolean): string {
    if (!this.helpers.has(name)) {
      this.helpers.add(name);
      const b = this.b;
      this.m.addFunctionImport(name, "env", name, b.createType(new Array<number>(nparams).fill(b.i32)), returnsI32 ? b.i32 : b.none);
    }
    return name;
  }

  private call(o: ResOp): number {
    const { m, b } = this;
    const d = o.descr as CallDescr;
    let name = this.callNames.get(d);
    const wire = (k: Kind): Kind => (k === "i" ? "f" : k);
    if (name === undefined) {
      name = `c${this.callNames.size}`;
      this.callNames.set(d, name);
      const params = b.createType(d.argKinds.map((k) => this.ty(wire(k))));
      this.m.addFunctionImport(name, "env", name, params, this.ty(wire(d.result)));
      if (!d.fn) throw new Error(`backend: call ${d.name} has no function`);
      this.calls.set(name, d.fn);
    }
    const args = o.args.map((a, i) => this.get(a, wire(d.argKinds[i])));
    const e = m.call(name, args, this.ty(wire(d.result)));
    return d.result === "i" ? this.conv(e, "f", "i") : e;
  }

  private guardFails(o: ResOp): number {
    const { m } = this;
    const [x, y] = o.args;
    switch (o.op.name) {
      case "guard_true": return m.i64.eqz(this.get(x, "i"));
      case "guard_false": return m.i64.ne(this.get(x, "i"), m.i64.const(0n));
      case "guard_value":
        return kindOf(x) === "f" ? m.f64.ne(this.get(x), this.get(y, "f")) : kindOf(x) === "r" ? m.i32.ne(this.get(x), this.get(y, "r")) : m.i64.ne(this.get(x), this.get(y, "i"));
      case "guard_no_overflow": return this.ovfFlagOf(x);
      case "guard_overflow": return m.i32.eqz(this.ovfFlagOf(x));
      case "guard_class": return m.i32.ne(this.layoutOf(x), this.get(y, "r"));
      case "guard_no_exception": return m.i32.load(0, 4, this.get(x, "r"));
      case "guard_nonnull": return m.i32.eqz(this.get(x, "r"));
      case "guard_isnull": return this.get(x, "r");
      case "guard_not_gc_wanted": return m.i32.load(COLLECT_WANTED, 4, m.i32.const(0));
      default: throw new Error(`backend: cannot compile ${o.op.name}`);
    }
  }

  run(): void {
    const { m, b, req } = this;
    const { trace } = req;
    const out: number[] = [];
    trace.inputs.forEach((ia, k) => out.push(m.local.set(this.local(ia), this.load(k, ia.kind))));
    // a label splits a loop into a preamble (run once per entry) and the body; its args are the
    // loop variables that jump rebinds (without one, the inputs are)
    const labelAt = trace.ops.findIndex((o) => o.op.name === "label");
    const loopVars = labelAt >= 0 ? trace.ops[labelAt].args : trace.inputs;
    if (loopVars.some((v) => v instanceof Const)) throw new Error("backend: a constant loop variable");
    const loopBody: number[] = [];
    let code = labelAt >= 0 ? out : loopBody;
    let tick = -1;
    const startLoop = (): void => {
      code = loopBody;
      if (!req.isLoop) return;
      tick = this.newLocal("r");
      out.push(m.local.set(tick, m.i32.const(TICK_PERIOD)));
      loopBody.push(m.local.set(tick, m.i32.sub(m.local.get(tick, b.i32), m.i32.const(1))));
      loopBody.push(m.if(m.i32.eqz(m.local.get(tick, b.i32)), this.exit(req.tickExit, loopVars)));
    };
    if (labelAt < 0) startLoop();
    for (const o of trace.ops) {
      const name = o.op.name;
      if (name === "label") startLoop();
      if (name === "debug_merge_point" || name === "label") continue;
      if (o.isGuard) {
        code.push(m.if(this.guardFails(o), this.exit(o.guardId, o.failArgs ?? [])));
      } else if (name === "jump") {
        if (req.isLoop) {
          if (o.args.length !== loopVars.length) throw new Error("backend: jump and loop variables differ in number");
          const temps = o.args.map((a) => {
            const t = this.newLocal(kindOf(a));
            code.push(m.local.set(t, this.get(a)));
            return t;
          });
          loopVars.forEach((lv, k) => code.push(m.local.set(this.local(lv), m.local.get(temps[k], this.ty(kindOf(lv))))));
          code.push(m.br("top"));
        } else {
          code.push(this.exit(req.jumpSlot, o.args));
        }
      } else if (name === "finish") {
        if (req.finishExit === undefined || req.finishExit < 0) throw new Error("backend: finish without an exit");
        code.push(this.exit(req.finishExit, o.args));
      } else if (o.kind === "v") code.push(this.expr(o));
      else {
        code.push(m.local.set(this.local(o), this.expr(o)));
        if ((o.op.flags & OVF) !== 0) code.push(this.ovfFlag(o));
      }
    }
    if (req.isLoop) out.push(m.loop("top", m.block(null, loopBody, b.none)));
    else out.push(...loopBody);
    out.push(m.unreachable());
    m.addFunction("trace", b.createType([b.i32]), b.i32, this.varTypes, m.block(null, out, b.none));
    m.addFunctionExport("trace", "trace");
  }
}
