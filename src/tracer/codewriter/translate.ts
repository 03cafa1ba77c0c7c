/*
 * translate.ts — one RTS function (acorn AST) -> one jitcode.
 *
 * Two walks over the body. The first infers a kind for every local: from
 * annotations (source.ts), from parameters, then from what is assigned, to a
 * fixpoint. Integer literals are "weak" (w): `let best = 0; best = loadRef(..)`
 * makes `best` a ref, `acc = acc + 0.5` a float. The second walk emits
 * instructions, one register per local, temporaries and constants in their
 * own registers (no colouring yet: jitcodes are small; the limit is 65536).
 *
 * Control flow is flattened to goto / goto_if_not / goto_if, as PyPy's
 * flatten.py does; `&&`, `||`, `!` and `?:` become branches. Every construct
 * not handled here is rejected with `file:line: reason` (REJECT below): a
 * rejected construct is fixed in the interpreter, not hidden from the JIT.
 *
 * Calls are classified by where the callee comes from (classifyCallee):
 * a jit hint, a heap intrinsic of src/gc (GC_INTRINSICS), an RTS function
 * (inlined: inline_call), an RTS function wrapped in elidable(...) (call
 * folded when its arguments are constant), wrapped in dontLookInside(...) or
 * defined outside RTS (residual_call, assumed to have any effect on the heap),
 * wrapped in raising(...) (residual, and may set the pending exception:
 * the tracer adds guard_no_exception after it).
 */

import type { Node } from "acorn";
import type { Kind } from "../ir/ops.js";
import { hasOp, opByName } from "../ir/ops.js";
import type { ConstSpec, Insn } from "../jitcode.js";
import type { Signature } from "./source.js";

export const REJECT = {
  STATEMENT: "statement kind not allowed in RTS",
  EXPRESSION: "expression kind not allowed in RTS",
  MEMBER: "property access is not RTS (use the src/gc primitives)",
  ASSIGN_TARGET: "only local variables can be assigned",
  UNKNOWN_NAME: "unknown name (not a local, parameter, module constant or import)",
  MODULE_LET: "module-level variables are not RTS (only constants)",
  KIND_MIX: "mixes int and ref values (cast explicitly)",
  FLOAT_TO_INT: "float used where an int is needed",
  CALLEE: "callee is not an RTS function, a jit hint, a gc primitive or a typed import",
  GC_FUNCTION: "src/gc function that is not an RTS intrinsic",
  LABEL: "labelled break/continue",
  OPERATOR: "operator not allowed in RTS",
  ARITY: "wrong number of arguments",
} as const;

export class CodewriterError extends Error {}

type WKind = Kind | "w";

export interface Callee {
  readonly how: "inline" | "residual" | "raising" | "elidable" | "hint" | "gc";
  /** "module#name": jitcode name (inline) or call target. */
  readonly target: string;
  readonly name: string;
  readonly sig: Signature;
}

export interface FnContext {
  readonly file: string;
  readonly line: (node: Node) => number;
  /** The kinds the function's own `let|const x: Ref|Float|Int` annotations give. */
  readonly annotatedKinds: (fn: Node) => ReadonlyMap<string, Kind>;
  /** Module-level constant: its value spec and kind. */
  readonly constant: (name: string) => { spec: ConstSpec; kind: WKind } | "module-let" | undefined;
  readonly callee: (name: string) => Callee | undefined;
  readonly callIndex: (c: Callee) => number;
}

/** src/gc primitives the codewriter turns into resops: name -> [op, result kind, arg kinds]. */
export const GC_INTRINSICS: Readonly<Record<string, readonly [string, Kind, readonly Kind[]]>> = {
  loadI32: ["gc_load_i32", "i", ["r", "i"]],
  loadU8: ["gc_load_u8", "i", ["r", "i"]],
  loadRef: ["gc_load_r", "r", ["r", "i"]],
  loadF64: ["gc_load_f64", "f", ["r", "i"]],
  storeI32: ["gc_store_i32", "v", ["r", "i", "i"]],
  storeU8: ["gc_store_u8", "v", ["r", "i", "i"]],
  storeRef: ["gc_store_r", "v", ["r", "i", "r"]],
  initRef: ["gc_store_r_init", "v", ["r", "i", "r"]],
  storeF64: ["gc_store_f64", "v", ["r", "i", "f"]],
  allocFixed: ["new_fixed", "r", ["i"]],
  allocVar: ["new_var", "r", ["i", "i"]],
  safepoint: ["safepoint", "v", []],
  // derived forms, expanded in genGcCall
  varLength: ["gc_load_i32", "i", ["r"]],
  getRoot: ["gc_load_r", "r", ["i"]],
  setRoot: ["gc_store_r_init", "v", ["i", "r"]],
};

/** Hints that become jitcode instructions: name -> the instruction (those not listed are handled in hint()). */
const HINT_OPS: Readonly<Record<string, string>> = {
  intAddOvf: "int_add_ovf",
  intSubOvf: "int_sub_ovf",
  intMulOvf: "int_mul_ovf",
  overflowed: "int_overflowed",
  classOf: "class_of",
  floatToInt: "cast_float_to_int",
};

export const HINTS = new Set(["jitMergePoint", "canEnterJit", "promote", "weAreJitted", "isConstant", ...Object.keys(HINT_OPS)]);

const ARITH: Record<string, string> = { "+": "add", "-": "sub", "*": "mul", "%": "mod", "&": "and", "|": "or", "^": "xor", "<<": "lshift", ">>": "rshift", ">>>": "uint_rshift" };
const COMPARE: Record<string, string> = { "<": "lt", "<=": "le", ">": "gt", ">=": "ge", "===": "eq", "==": "eq", "!==": "ne", "!=": "ne" };
const BITWISE = new Set(["&", "|", "^", "<<", ">>", ">>>"]);

interface Label {
  pc: number;
}

type N = Node & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface TranslatedFn {
  params: number[];
  result: Kind;
  kinds: Kind[];
  consts: [number, ConstSpec][];
  code: Insn[];
  lines: number[];
}

export function translateFunction(fn: N, sig: Signature, ctx: FnContext): TranslatedFn {
  return new FnTranslator(fn, sig, ctx).run();
}

class FnTranslator {
  kinds: Kind[] = [];
  code: (string | number | Label)[][] = [];
  lines: number[] = [];
  vars = new Map<string, number>();
  varKinds = new Map<string, WKind>();
  constRegs = new Map<string, number>();
  consts: [number, ConstSpec][] = [];
  loops: { brk: Label; cont: Label }[] = [];
  curLine = 0;

  constructor(
    readonly fn: N,
    readonly sig: Signature,
    readonly ctx: FnContext,
  ) {}

  fail(node: Node, why: string): never {
    throw new CodewriterError(`${this.ctx.file}:${this.ctx.line(node)}: ${why}`);
  }

  run(): TranslatedFn {
    const params = (this.fn.params as N[]).map((p, i) => {
      if (p.type !== "Identifier") this.fail(p, "parameters must be plain names");
      this.varKinds.set(p.name, this.sig.params[i] ?? "i");
      return p.name as string;
    });
    this.inferKinds();
    const regs = params.map((p) => this.varReg(p));
    this.stmt(this.fn.body);
    if (this.sig.result === "v") this.emit(this.fn, ["return_void"]);
    else this.emit(this.fn, ["return", this.constReg(0, this.sig.result)]);
    const code = this.code.map((insn) => insn.map((x) => (typeof x === "object" ? x.pc : x)));
    return { params: regs, result: this.sig.result, kinds: this.kinds, consts: this.consts, code, lines: this.lines };
  }

  // ---- kinds ----

  unify(a: WKind | undefined, b: WKind | undefined, node: Node): WKind | undefined {
    if (a === undefined || a === b) return b;
    if (b === undefined) return a;
    if (a === "w") return b;
    if (b === "w") return a;
    if ((a === "f" && b === "i") || (a === "i" && b === "f")) return "f";
    if ((a === "r" && b === "i") || (a === "i" && b === "r")) return this.fail(node, REJECT.KIND_MIX);
    return this.fail(node, REJECT.KIND_MIX);
  }

  inferKinds(): void {
    const annotated = this.ctx.annotatedKinds(this.fn);
    for (const [n, k] of annotated) if (!this.varKinds.has(n)) this.varKinds.set(n, k);
    for (let round = 0; round < 6; round++) {
      let changed = false;
      const assign = (name: string, k: WKind | undefined, node: Node): void => {
        const old = this.varKinds.get(name);
        const nk = annotated.has(name) ? old : this.unify(old, k, node);
        if (nk !== old && nk !== undefined) {
          this.varKinds.set(name, nk);
          changed = true;
        }
      };
      walk(this.fn.body, (n: N) => {
        if (n.type === "VariableDeclarator" && n.id.type === "Identifier") assign(n.id.name, n.init ? this.exprKind(n.init) : "w", n);
        else if (n.type === "AssignmentExpression" && n.left.type === "Identifier") {
          const k = n.operator === "=" ? this.exprKind(n.right) : this.binKind(n.operator.slice(0, -1), n.left, n.right);
          assign(n.left.name, k, n);
        } else if (n.type === "UpdateExpression" && n.argument.type === "Identifier") assign(n.argument.name, "w", n);
      });
      if (!changed) break;
    }
  }

  binKind(op: string, l: N, r: N): WKind | undefined {
    if (op in COMPARE) return "i";
    if (op === "/") return "f";
    const a = this.exprKind(l);
    const b = this.exprKind(r);
    if (BITWISE.has(op)) return a === "w" && b === "w" ? "w" : "i";
    if (a === "f" || b === "f") return "f";
    if (a === undefined || b === undefined) return undefined;
    return a === "w" && b === "w" ? "w" : "i";
  }

  exprKind(n: N): WKind | undefined {
    switch (n.type) {
      case "Literal":
        if (typeof n.value === "boolean") return "i";
        if (typeof n.value === "number") return Number.isInteger(n.value) ? "w" : "f";
        return undefined;
      case "Identifier": {
        if (this.varKinds.has(n.name)) return this.varKinds.get(n.name);
        const c = this.ctx.constant(n.name);
        return typeof c === "object" ? c.kind : undefined;
      }
      case "BinaryExpression":
        return this.binKind(n.operator, n.left, n.right);
      case "UnaryExpression":
        return n.operator === "-" ? this.exprKind(n.argument) : "i";
      case "LogicalExpression":
        return "i";
      case "ConditionalExpression":
        return this.unify(this.exprKind(n.consequent), this.exprKind(n.alternate), n);
      case "AssignmentExpression":
        return this.exprKind(n.right);
      case "UpdateExpression":
        return "i";
      case "CallExpression": {
        if (n.callee.type !== "Identifier") return undefined;
        const c = this.ctx.callee(n.callee.name);
        if (c === undefined) return undefined;
        if (c.how === "hint" && (c.name === "promote")) return this.exprKind(n.arguments[0]);
        return c.sig.result === "v" ? undefined : c.sig.result;
      }
      default:
        return undefined;
    }
  }

  kindOfVar(name: string): Kind {
    const k = this.varKinds.get(name);
    return k === undefined || k === "w" ? "i" : k;
  }

  // ---- registers and emission ----

  newReg(k: Kind): number {
    this.kinds.push(k === "v" ? "i" : k);
    return this.kinds.length - 1;
  }

  varReg(name: string): number {
    let r = this.vars.get(name);
    if (r === undefined) {
      r = this.newReg(this.kindOfVar(name));
      this.vars.set(name, r);
    }
    return r;
  }

  constReg(v: number | ConstSpec, k: Kind): number {
    const spec: ConstSpec = typeof v === "number" && k === "f" ? { float: v } : v;
    const key = `${k}:${JSON.stringify(spec)}`;
    let r = this.constRegs.get(key);
    if (r === undefined) {
      r = this.newReg(k);
      this.constRegs.set(key, r);
      this.consts.push([r, spec]);
    }
    return r;
  }

  emit(node: Node, insn: (string | number | Label)[]): void {
    this.code.push(insn);
    this.lines.push(node.loc ? this.ctx.line(node) : this.curLine);
  }

  label(): Label {
    return { pc: -1 };
  }

  place(l: Label): void {
    l.pc = this.code.length;
  }

  convert(node: Node, r: number, to: Kind): number {
    const from = this.kinds[r];
    if (to === "v" || from === to) return r;
    const op = from === "i" && to === "f" ? "cast_int_to_float" : from === "r" && to === "i" ? "cast_ptr_to_int" : from === "i" && to === "r" ? "cast_int_to_ptr" : null;
    if (op === null) this.fail(node, from === "f" ? REJECT.FLOAT_TO_INT : REJECT.KIND_MIX);
    const d = this.newReg(to);
    this.emit(node, [op, d, r]);
    return d;
  }

  // ---- statements ----

  stmt(n: N): void {
    switch (n.type) {
      case "BlockStatement":
        for (const s of n.body) this.stmt(s);
        return;
      case "EmptyStatement":
        return;
      case "ExpressionStatement":
        if (n.directive !== undefined) return;
        this.expr(n.expression, undefined, true);
        return;
      case "VariableDeclaration":
        for (const d of n.declarations) {
          if (d.id.type !== "Identifier") this.fail(d, REJECT.ASSIGN_TARGET);
          const dst = this.varReg(d.id.name);
          const src = d.init ? this.expr(d.init, this.kinds[dst]) : this.constReg(0, this.kinds[dst]);
          this.emit(d, ["move", dst, src]);
        }
        return;
      case "IfStatement": {
        const elseL = this.label();
        const endL = this.label();
        this.branch(n.test, elseL, false);
        this.stmt(n.consequent);
        if (n.alternate) {
          this.emit(n, ["goto", endL]);
          this.place(elseL);
          this.stmt(n.alternate);
        } else this.place(elseL);
        this.place(endL);
        return;
      }
      case "WhileStatement":
      case "ForStatement": {
        if (n.type === "ForStatement" && n.init) n.init.type === "VariableDeclaration" ? this.stmt(n.init) : this.expr(n.init, undefined, true);
        const top = this.label();
        const cont = this.label();
        const end = this.label();
        this.place(top);
        if (n.test) this.branch(n.test, end, false);
        this.loops.push({ brk: end, cont });
        this.stmt(n.body);
        this.loops.pop();
        this.place(cont);
        if (n.type === "ForStatement" && n.update) this.expr(n.update, undefined, true);
        this.emit(n, ["goto", top]);
        this.place(end);
        return;
      }
      case "DoWhileStatement": {
        const top = this.label();
        const cont = this.label();
        const end = this.label();
        this.place(top);
        this.loops.push({ brk: end, cont });
        this.stmt(n.body);
        this.loops.pop();
        this.place(cont);
        this.branch(n.test, top, true);
        this.place(end);
        return;
      }
      case "BreakStatement":
      case "ContinueStatement": {
        if (n.label) this.fail(n, REJECT.LABEL);
        const l = this.loops[this.loops.length - 1];
        if (!l) this.fail(n, "break/continue outside a loop");
        this.emit(n, ["goto", n.type === "BreakStatement" ? l.brk : l.cont]);
        return;
      }
      case "ReturnStatement":
        if (this.sig.result === "v") {
          if (n.argument) this.expr(n.argument, undefined, true);
          this.emit(n, ["return_void"]);
        } else this.emit(n, ["return", this.expr(n.argument ?? { type: "Literal", value: 0, raw: "0" }, this.sig.result)]);
        return;
      case "SwitchStatement": {
        const disc = this.expr(n.discriminant, "i");
        const end = this.label();
        const bodies = (n.cases as N[]).map(() => this.label());
        let dflt: Label = end;
        (n.cases as N[]).forEach((c, i) => {
          if (c.test === null) {
            dflt = bodies[i];
            return;
          }
          const t = this.newReg("i");
          this.emit(c, ["int_eq", t, disc, this.expr(c.test, "i")]);
          this.emit(c, ["goto_if", t, bodies[i]]);
        });
        this.emit(n, ["goto", dflt]);
        this.loops.push({ brk: end, cont: this.loops.length ? this.loops[this.loops.length - 1].cont : end });
        (n.cases as N[]).forEach((c, i) => {
          this.place(bodies[i]);
          for (const s of c.consequent) this.stmt(s);
        });
        this.loops.pop();
        this.place(end);
        return;
      }
      default:
        this.fail(n, `${REJECT.STATEMENT}: ${n.type}`);
    }
  }

  /** Jump to `target` when `test` is truthy (ifTrue) or falsy (!ifTrue); fall through otherwise. */
  branch(test: N, target: Label, ifTrue: boolean): void {
    if (test.type === "Literal" && typeof test.value === "boolean") {
      if (test.value === ifTrue) this.emit(test, ["goto", target]);
      return;
    }
    if (test.type === "UnaryExpression" && test.operator === "!") return this.branch(test.argument, target, !ifTrue);
    if (test.type === "LogicalExpression" && (test.operator === "&&" || test.operator === "||")) {
      const and = test.operator === "&&";
      if (and !== ifTrue) {
        this.branch(test.left, target, ifTrue);
        this.branch(test.right, target, ifTrue);
      } else {
        const skip = this.label();
        this.branch(test.left, skip, !ifTrue);
        this.branch(test.right, target, ifTrue);
        this.place(skip);
      }
      return;
    }
    const r = this.truth(test);
    this.emit(test, [ifTrue ? "goto_if" : "goto_if_not", r, target]);
  }

  /** An int register that is non-zero iff `n` is truthy. */
  truth(n: N): number {
    const r = this.expr(n);
    const k = this.kinds[r];
    if (k === "i") return r;
    const d = this.newReg("i");
    this.emit(n, k === "r" ? ["ptr_ne", d, r, this.constReg(0, "r")] : ["float_ne", d, r, this.constReg(0, "f")]);
    return d;
  }

  // ---- expressions ----

  /** Evaluate n into a register of kind `want` (or its own kind). */
  expr(n: N, want?: Kind, discard = false): number {
    const r = this.expr0(n, want, discard);
    return want === undefined || r < 0 ? r : this.convert(n, r, want);
  }

  expr0(n: N, want: Kind | undefined, discard: boolean): number {
    switch (n.type) {
      case "Literal": {
        if (typeof n.value === "boolean") return this.constReg(n.value ? 1 : 0, "i");
        if (typeof n.value !== "number") this.fail(n, `${REJECT.EXPRESSION}: non-number literal`);
        const k = this.exprKind(n) === "f" ? "f" : want ?? "i";
        return this.constReg(n.value, k);
      }
      case "Identifier": {
        if (this.varKinds.has(n.name) || this.vars.has(n.name)) return this.varReg(n.name);
        if (n.name === "undefined") return this.constReg(0, want ?? "i");
        const c = this.ctx.constant(n.name);
        if (c === "module-let") this.fail(n, REJECT.MODULE_LET);
        if (c === undefined) this.fail(n, `${REJECT.UNKNOWN_NAME}: ${n.name}`);
        const k = c.kind === "w" ? want ?? "i" : c.kind;
        return this.constReg(c.spec, k === "v" ? "i" : k);
      }
      case "BinaryExpression":
        return this.binary(n, n.operator, n.left, n.right, want);
      case "UnaryExpression": {
        if (n.operator === "-" && n.argument.type === "Literal" && typeof n.argument.value === "number") {
          return this.constReg(-n.argument.value, this.exprKind(n.argument) === "f" ? "f" : want === "f" ? "f" : "i");
        }
        if (n.operator === "-") {
          const a = this.expr(n.argument, want === "f" || this.exprKind(n.argument) === "f" ? "f" : "i");
          const d = this.newReg(this.kinds[a]);
          this.emit(n, [this.kinds[a] === "f" ? "float_neg" : "int_neg", d, a]);
          return d;
        }
        if (n.operator === "!" || n.operator === "~") {
          const a = n.operator === "!" ? this.truth(n.argument) : this.expr(n.argument, "i");
          const d = this.newReg("i");
          this.emit(n, [n.operator === "!" ? "int_is_zero" : "int_invert", d, a]);
          return d;
        }
        return this.fail(n, `${REJECT.OPERATOR}: unary ${n.operator}`);
      }
      case "LogicalExpression":
      case "ConditionalExpression": {
        const k: Kind = n.type === "LogicalExpression" ? "i" : want ?? ((this.exprKind(n) === "w" ? "i" : this.exprKind(n)) as Kind) ?? "i";
        const d = this.newReg(k);
        const elseL = this.label();
        const endL = this.label();
        this.branch(n.type === "LogicalExpression" ? n : n.test, elseL, false);
        this.emit(n, ["move", d, n.type === "LogicalExpression" ? this.constReg(1, "i") : this.expr(n.consequent, k)]);
        this.emit(n, ["goto", endL]);
        this.place(elseL);
        this.emit(n, ["move", d, n.type === "LogicalExpression" ? this.constReg(0, "i") : this.expr(n.alternate, k)]);
        this.place(endL);
        return d;
      }
      case "AssignmentExpression": {
        if (n.left.type !== "Identifier") this.fail(n, n.left.type === "MemberExpression" ? REJECT.MEMBER : REJECT.ASSIGN_TARGET);
        const dst = this.varReg(n.left.name);
        const src = n.operator === "=" ? this.expr(n.right, this.kinds[dst]) : this.convert(n, this.binary(n, n.operator.slice(0, -1), n.left, n.right, this.kinds[dst]), this.kinds[dst]);
        this.emit(n, ["move", dst, src]);
        return dst;
      }
      case "UpdateExpression": {
        if (n.argument.type !== "Identifier") this.fail(n, REJECT.ASSIGN_TARGET);
        const v = this.varReg(n.argument.name);
        let old = v;
        if (!n.prefix && !discard) {
          old = this.newReg("i");
          this.emit(n, ["move", old, v]);
        }
        this.emit(n, [n.operator === "++" ? "int_add" : "int_sub", v, v, this.constReg(1, "i")]);
        return old;
      }
      case "SequenceExpression": {
        let r = -1;
        for (const e of n.expressions) r = this.expr(e, undefined, true);
        return r;
      }
      case "CallExpression":
        return this.call(n, discard);
      case "MemberExpression":
        return this.fail(n, REJECT.MEMBER);
      default:
        return this.fail(n, `${REJECT.EXPRESSION}: ${n.type}`);
    }
  }

  binary(n: N, op: string, l: N, r: N, want: Kind | undefined): number {
    if (op in COMPARE) {
      let k = this.unify(this.exprKind(l), this.exprKind(r), n);
      if (k === undefined || k === "w") k = "i";
      const a = this.expr(l, k as Kind);
      const b = this.expr(r, k as Kind);
      const d = this.newReg("i");
      const name = k === "f" ? `float_${COMPARE[op]}` : k === "r" && (COMPARE[op] === "eq" || COMPARE[op] === "ne") ? `ptr_${COMPARE[op]}` : `int_${COMPARE[op]}`;
      this.emit(n, [name, d, this.convert(n, a, k === "r" && !name.startsWith("ptr") ? "i" : this.kinds[a]), this.convert(n, b, k === "r" && !name.startsWith("ptr") ? "i" : this.kinds[b])]);
      return d;
    }
    let k = this.binKind(op, l, r);
    if (k === "w") k = want === "f" && !BITWISE.has(op) ? "f" : "i";
    if (k === undefined) k = "i";
    const name = op === "/" ? "float_truediv" : op === ">>>" ? "uint_rshift" : `${k === "f" ? "float" : "int"}_${ARITH[op] ?? ""}`;
    if (!hasOp(name)) this.fail(n, `${REJECT.OPERATOR}: ${op} on ${k === "f" ? "floats" : "ints"}`);
    const rk = opByName(name).result;
    const a = this.expr(l, rk);
    const b = this.expr(r, rk);
    const d = this.newReg(rk);
    this.emit(n, [name, d, a, b]);
    return d;
  }

  call(n: N, discard: boolean): number {
    if (n.callee.type !== "Identifier") this.fail(n, n.callee.type === "MemberExpression" ? REJECT.MEMBER : REJECT.CALLEE);
    const c = this.ctx.callee(n.callee.name);
    if (c === undefined) this.fail(n, `${REJECT.CALLEE}: ${n.callee.name}`);
    const args = n.arguments as N[];
    if (c.how === "hint") return this.hint(n, c.name, args);
    if (c.how === "gc") return this.gcCall(n, c.name, args);
    if (args.length !== c.sig.params.length) this.fail(n, `${REJECT.ARITY}: ${c.name} takes ${c.sig.params.length}`);
    const regs = args.map((a, i) => this.expr(a, c.sig.params[i]));
    const d = c.sig.result === "v" || discard ? -1 : this.newReg(c.sig.result);
    if (c.how === "inline") this.emit(n, ["inline_call", d, c.target, ...regs]);
    else this.emit(n, ["residual_call", d, this.ctx.callIndex(c), ...regs]);
    return d;
  }

  hint(n: N, name: string, args: N[]): number {
    if (name === "jitMergePoint" || name === "canEnterJit") {
      const drv = args[0];
      if (drv?.type !== "Identifier") this.fail(n, "the driver must be named");
      const c = this.ctx.constant(drv.name);
      if (typeof c !== "object" || typeof c.spec !== "object" || !("link" in c.spec)) this.fail(n, "the driver must be a module-level constant");
      const regs = args.slice(1).map((a) => {
        if (a.type !== "Identifier") this.fail(a, "greens and reds must be plain variables");
        return this.varReg(a.name);
      });
      this.emit(n, [name === "jitMergePoint" ? "jit_merge_point" : "can_enter_jit", c.spec.link, ...regs]);
      return -1;
    }
    if (name === "weAreJitted") {
      const d = this.newReg("i");
      this.emit(n, ["we_are_jitted", d]);
      return d;
    }
    const hop = HINT_OPS[name];
    if (hop !== undefined) {
      const want = opByName(hop).arity;
      if (args.length !== want) this.fail(n, `${REJECT.ARITY}: ${name} takes ${want}`);
      const regs = args.map((a) => this.expr(a, hop === "class_of" ? "r" : hop === "cast_float_to_int" ? "f" : "i"));
      const d = this.newReg("i");
      this.emit(n, [hop, d, ...regs]);
      return d;
    }
    const a = this.expr(args[0]);
    const d = this.newReg(name === "promote" ? this.kinds[a] : "i");
    this.emit(n, [name === "promote" ? "promote" : "is_constant", d, a]);
    return d;
  }

  gcCall(n: N, name: string, args: N[]): number {
    const [op, res, argKinds] = GC_INTRINSICS[name] ?? this.fail(n, `${REJECT.GC_FUNCTION}: ${name}`);
    if (args.length !== argKinds.length) this.fail(n, `${REJECT.ARITY}: ${name} takes ${argKinds.length}`);
    let regs = args.map((a, i) => this.expr(a, argKinds[i]));
    if (name === "varLength") regs = [regs[0], this.constReg(4, "i")];
    if (name === "getRoot") regs = [this.constReg(0, "r"), regs[0]];
    if (name === "setRoot") regs = [this.constReg(0, "r"), ...regs];
    if (res === "v") {
      this.emit(n, [op, ...regs]);
      return -1;
    }
    const d = this.newReg(res);
    this.emit(n, [op, d, ...regs]);
    return d;
  }
}

export function walk(n: unknown, f: (n: N) => void): void {
  if (n === null || typeof n !== "object") return;
  if (Array.isArray(n)) {
    for (const x of n) walk(x, f);
    return;
  }
  const node = n as N;
  if (typeof node.type !== "string") return;
  if (node.type === "FunctionExpression" || node.type === "ArrowFunctionExpression") return;
  f(node);
  for (const k in node) if (k !== "loc" && k !== "type") walk(node[k], f);
}
