// Symbol tables: which scope every name of a module belongs to.
//
// Two passes, as in CPython's symtable.c (whose semantics this reproduces):
//   1. `SymtableBuilder` walks the AST and records, per block (module, class, function,
//      lambda, comprehension), how each name is used: DEF_* flags (bound, parameter, declared
//      global/nonlocal, used, imported, annotated, comprehension iteration variable). It
//      reports the errors that need only one block (duplicate parameters, `global` after
//      use, `yield` in a comprehension, walrus rules).
//   2. `analyzeBlock` resolves each name to a Scope, top-down with the names bound in
//      enclosing function scopes (`bound`), and bottom-up with the free names of children:
//      a local of a function that a nested block uses becomes CELL there and FREE in the
//      nested blocks in between. Class scopes are skipped by nested functions, except for
//      the implicit `__class__` cell that `super()` and `__class__` need.
//
// Python 3.11 rules worth remembering: comprehensions are function scopes of their own (their
// first iterable is evaluated outside, as the parameter `.0`); a walrus inside a comprehension
// binds in the nearest enclosing function (or module) scope; names are private-mangled inside
// class bodies (`__x` -> `_C__x`) before any of this.
//
// The compiler asks `Block.scopeOf(name)` for already-mangled names, and reads `varnames`,
// `cellvars()`, `freevars()`, `isGenerator`, `isCoroutine`...

import type * as A from "./ast-table.js";
import { CO_FUTURE_ANNOTATIONS } from "./code.js";
import { SourceInfo, type Loc } from "./compiler/diagnostics.js";

// ---- symbol flags (per name, per block)
export const DEF_GLOBAL = 1 << 0; // `global x`
export const DEF_LOCAL = 1 << 1; // assigned in the block
export const DEF_PARAM = 1 << 2; // a parameter
export const DEF_NONLOCAL = 1 << 3; // `nonlocal x`
export const USE = 1 << 4; // read in the block
export const DEF_FREE = 1 << 5; // (unused by the analysis; kept for CPython's numbering)
export const DEF_FREE_CLASS = 1 << 6; // free in a method, also bound in the class body
export const DEF_IMPORT = 1 << 7; // bound by an import
export const DEF_ANNOT = 1 << 8; // annotated (`x: int`)
export const DEF_COMP_ITER = 1 << 9; // a comprehension's iteration variable
/** Any binding of the name in the block. */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Resolved scope of a name in a block (CPython's numbering). */
export const enum Scope {
  UNKNOWN = 0,
  LOCAL = 1,
  GLOBAL_EXPLICIT = 2,
  GLOBAL_IMPLICIT = 3,
  FREE = 4,
  CELL = 5,
}
export const SCOPE_NAMES = ["UNKNOWN", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"] as const;

export type BlockType = "module" | "class" | "function";
export type ComprehensionKind = "list" | "set" | "dict" | "genexp";

type ScopedNode = A.Module | A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | A.Lambda | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export class Block {
  readonly symbols = new Map<string, number>();
  readonly scopes = new Map<string, Scope>();
  /** Parameters in order: posonly, positional, kw-only, *args, **kwargs. */
  readonly varnames: string[] = [];
  readonly children: Block[] = [];
  /** Where `global`/`nonlocal` declared a name (for error locations). */
  readonly directives = new Map<string, Loc>();
  nested = false;
  isGenerator = false;
  isCoroutine = false;
  comprehension: ComprehensionKind | null = null;
  hasVarargs = false;
  hasVarkeywords = false;
  returnsValue = false;
  /** A class body whose methods use `__class__` / `super()`: it must create the cell. */
  needsClassClosure = false;
  /** Some descendant has free variables. */
  childFree = false;
  /** The block itself has free variables (or implicit globals while nested). */
  hasFree = false;
  compIterTarget = false;
  compIterExpr = 0;

  constructor(
    readonly type: BlockType,
    readonly name: string,
    readonly lineno: number,
    readonly node: ScopedNode,
    readonly isLambda = false,
  ) {}

  flagsOf(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  scopeOf(name: string): Scope {
    return this.scopes.get(name) ?? Scope.UNKNOWN;
  }

  /**
   * Names that live in cells created by this block (plus __class__ for classes that need it):
   * parameters first, in parameter order, then the others sorted, as CPython 3.11 lays them out.
   */
  cellvars(): string[] {
    const cells = [...this.scopes].filter(([, s]) => s === Scope.CELL).map(([n]) => n);
    if (this.needsClassClosure) cells.push("__class__");
    const params = this.varnames.filter((n) => cells.includes(n));
    const others = cells.filter((n) => !params.includes(n)).sort(compareNames);
    return [...params, ...others];
  }

  /** Names this block takes from enclosing blocks' cells, sorted. */
  freevars(): string[] {
    const free: string[] = [];
    for (const [name, scope] of this.scopes) {
      if (scope === Scope.FREE || (this.flagsOf(name) & DEF_FREE_CLASS) !== 0) free.push(name);
    }
    return free.sort(compareNames);
  }
}

/** Sorts like CPython's PyList_Sort on str (code point order). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface SymbolTable {
  readonly top: Block;
  /** The block of every scope-creating node. */
  readonly blocks: Map<object, Block>;
  readonly futureFlags: number;
}

/** Private name mangling inside a class body: `__spam` -> `_Class__spam`. */
export function mangle(privateName: string | null, name: string): string {
  if (privateName === null || !name.startsWith("__")) return name;
  if (name.endsWith("__") || name.includes(".")) return name;
  const stripped = privateName.replace(/^_+/, "");
  if (stripped === "") return name;
  return `_${stripped}${name}`;
}

const COMPREHENSION_WHAT: Record<ComprehensionKind, string> = {
  list: "list comprehension",
  set: "set comprehension",
  dict: "dict comprehension",
  genexp: "generator expression",
};

/** Expressions that cannot appear in a stringified annotation, with CPython's wording. */
const ANNOTATION_FORBIDDEN: Record<string, string> = {
  Yield: "yield expression",
  YieldFrom: "yield expression",
  Await: "await expression",
  NamedExpr: "named expression",
};

/** The first (source order) expression in `e` that an annotation may not contain, or null. */
function findNotInAnnotation(e: unknown): A.Expr | null {
  if (Array.isArray(e)) {
    for (const x of e) {
      const found = findNotInAnnotation(x);
      if (found !== null) return found;
    }
    return null;
  }
  if (e === null || typeof e !== "object" || !("_type" in e)) return null;
  const node = e as { _type: string } & Record<string, unknown>;
  if (node._type in ANNOTATION_FORBIDDEN) return node as unknown as A.Expr;
  if (node._type === "Constant" || node._type === "MatchSingleton") return null;
  for (const key of Object.keys(node)) {
    const found = findNotInAnnotation(node[key]);
    if (found !== null) return found;
  }
  return null;
}

export function buildSymtable(mod: A.Module, info: SourceInfo, futureFlags: number): SymbolTable {
  const builder = new SymtableBuilder(info, futureFlags);
  const top = builder.buildModule(mod);
  analyzeBlock(top, null, new Set(), new Set(), info);
  return { top, blocks: builder.blocks, futureFlags };
}

class SymtableBuilder {
  readonly blocks = new Map<object, Block>();
  private readonly stack: Block[] = [];
  private cur!: Block;
  private module!: Block;
  private privateName: string | null = null;

  constructor(
    private readonly info: SourceInfo,
    private readonly futureFlags: number,
  ) {}

  buildModule(mod: A.Module): Block {
    this.module = this.enter("module", "top", 0, mod);
    for (const s of mod.body) this.visitStmt(s);
    this.exit();
    return this.module;
  }

  private enter(type: BlockType, name: string, lineno: number, node: ScopedNode, isLambda = false): Block {
    const block = new Block(type, name, lineno, node, isLambda);
    const parent = this.stack[this.stack.length - 1];
    if (parent !== undefined) {
      parent.children.push(block);
      block.nested = parent.nested || parent.type === "function";
    }
    this.blocks.set(node, block);
    this.stack.push(block);
    this.cur = block;
    return block;
  }

  private exit(): void {
    this.stack.pop();
    this.cur = this.stack[this.stack.length - 1]!;
  }

  private error(msg: string, loc: Loc | null): never {
    throw this.info.error(msg, loc);
  }

  private addDef(name: string, flag: number, loc: Loc, block: Block = this.cur): void {
    const mangled = mangle(this.privateName, name);
    let val = block.flagsOf(mangled);
    if ((flag & DEF_PARAM) !== 0 && (val & DEF_PARAM) !== 0) {
      this.error(`duplicate argument '${mangled}' in function definition`, loc);
    }
    val |= flag;
    if (block.compIterTarget) {
      if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0) {
        this.error(`comprehension inner loop cannot rebind assignment expression target '${mangled}'`, loc);
      }
      val |= DEF_COMP_ITER;
    }
    block.symbols.set(mangled, val);
    if ((flag & DEF_PARAM) !== 0) block.varnames.push(mangled);
    else if ((flag & DEF_GLOBAL) !== 0) {
      this.module.symbols.set(mangled, this.module.flagsOf(mangled) | flag);
    }
  }

  // ---- statements

  private visitStmts(stmts: readonly A.Stmt[]): void {
    for (const s of stmts) this.visitStmt(s);
  }

  private visitStmt(s: A.Stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef":
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitDefaults(s.args);
        this.visitArgAnnotations(s.args, s.returns);
        this.visitExprs(s.decorator_list);
        this.enter("function", s.name, s.lineno, s);
        if (s._type === "AsyncFunctionDef") this.cur.isCoroutine = true;
        this.visitParams(s.args);
        this.visitStmts(s.body);
        this.exit();
        break;
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.bases);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.visitExprs(s.decorator_list);
        this.enter("class", s.name, s.lineno, s);
        const savedPrivate = this.privateName;
        this.privateName = s.name;
        this.visitStmts(s.body);
        this.privateName = savedPrivate;
        this.exit();
        break;
      }
      case "Return":
        if (s.value !== null) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign":
        this.visitAnnAssign(s);
        break;
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
      case "AsyncFor":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "While":
      case "If":
        this.visitExpr(s.test);
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        break;
      case "Match":
        this.visitExpr(s.subject);
        for (const c of s.cases) {
          this.visitPattern(c.pattern);
          if (c.guard !== null) this.visitExpr(c.guard);
          this.visitStmts(c.body);
        }
        break;
      case "Raise":
        if (s.exc !== null) this.visitExpr(s.exc);
        if (s.cause !== null) this.visitExpr(s.cause);
        break;
      case "Try":
      case "TryStar":
        this.visitStmts(s.body);
        this.visitStmts(s.orelse);
        for (const h of s.handlers) {
          if (h.type !== null) this.visitExpr(h.type);
          if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
          this.visitStmts(h.body);
        }
        this.visitStmts(s.finalbody);
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg !== null) this.visitExpr(s.msg);
        break;
      case "Import":
      case "ImportFrom":
        for (const alias of s.names) this.visitAlias(alias, s);
        break;
      case "Global":
      case "Nonlocal":
        this.visitDeclaration(s);
        break;
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "With":
      case "AsyncWith":
        for (const item of s.items) {
          this.visitExpr(item.context_expr);
          if (item.optional_vars !== null) this.visitExpr(item.optional_vars);
        }
        this.visitStmts(s.body);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
    }
  }

  private visitAnnAssign(s: A.AnnAssign): void {
    const target = s.target;
    if (target._type === "Name") {
      const cur = this.cur.flagsOf(mangle(this.privateName, target.id));
      if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) !== 0 && this.cur !== this.module && s.simple) {
        const kind = (cur & DEF_GLOBAL) !== 0 ? "global" : "nonlocal";
        this.error(`annotated name '${target.id}' can't be ${kind}`, s);
      }
      if (s.simple) this.addDef(target.id, DEF_ANNOT | DEF_LOCAL, target);
      else if (s.value !== null) this.addDef(target.id, DEF_LOCAL, target);
    } else {
      this.visitExpr(target);
    }
    this.visitAnnotation(s.annotation);
    if (s.value !== null) this.visitExpr(s.value);
  }

  private visitDeclaration(s: A.Global | A.Nonlocal): void {
    const isGlobal = s._type === "Global";
    const kind = isGlobal ? "global" : "nonlocal";
    for (const name of s.names) {
      const cur = this.cur.flagsOf(mangle(this.privateName, name));
      if ((cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) !== 0) {
        let msg: string;
        if ((cur & DEF_PARAM) !== 0) msg = `name '${name}' is parameter and ${kind}`;
        else if ((cur & USE) !== 0) msg = `name '${name}' is used prior to ${kind} declaration`;
        else if ((cur & DEF_ANNOT) !== 0) msg = `annotated name '${name}' can't be ${kind}`;
        else msg = `name '${name}' is assigned to before ${kind} declaration`;
        this.error(msg, s);
      }
      this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
      this.cur.directives.set(mangle(this.privateName, name), s);
    }
  }

  private visitAlias(alias: A.Alias, stmt: A.Import | A.ImportFrom): void {
    if (alias.name === "*") {
      if (this.cur.type !== "module") this.error("import * only allowed at module level", alias);
      return;
    }
    const stored = alias.asname ?? alias.name.split(".")[0]!;
    this.addDef(stored, DEF_IMPORT, alias);
  }

  // ---- functions

  private visitDefaults(args: A.Arguments): void {
    this.visitExprs(args.defaults);
    for (const d of args.kw_defaults) if (d !== null) this.visitExpr(d);
  }

  private visitArgAnnotations(args: A.Arguments, returns: A.Expr | null): void {
    const all = [...args.posonlyargs, ...args.args, ...(args.vararg ? [args.vararg] : []), ...args.kwonlyargs, ...(args.kwarg ? [args.kwarg] : [])];
    for (const a of all) if (a.annotation !== null) this.visitAnnotation(a.annotation);
    if (returns !== null) this.visitAnnotation(returns);
  }

  private visitAnnotation(annotation: A.Expr): void {
    // Under `from __future__ import annotations` annotations are strings, never evaluated: their
    // names must not bind or capture anything, and what only makes sense when evaluated is an error.
    if ((this.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0) {
      const bad = findNotInAnnotation(annotation);
      if (bad !== null) this.error(`'${ANNOTATION_FORBIDDEN[bad._type]}' can not be used within an annotation`, bad);
      return;
    }
    this.visitExpr(annotation);
  }

  private visitParams(args: A.Arguments): void {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) this.addDef(a.arg, DEF_PARAM, a);
    if (args.vararg !== null) {
      this.addDef(args.vararg.arg, DEF_PARAM, args.vararg);
      this.cur.hasVarargs = true;
    }
    if (args.kwarg !== null) {
      this.addDef(args.kwarg.arg, DEF_PARAM, args.kwarg);
      this.cur.hasVarkeywords = true;
    }
  }

  // ---- expressions

  private visitExprs(exprs: readonly (A.Expr | null)[]): void {
    for (const e of exprs) if (e !== null) this.visitExpr(e);
  }

  private visitExpr(e: A.Expr): void {
    switch (e._type) {
      case "Name":
        this.addDef(e.id, e.ctx === "Load" ? USE : DEF_LOCAL, e);
        if (e.ctx === "Load" && this.cur.type === "function" && e.id === "super") this.addDef("__class__", USE, e);
        break;
      case "NamedExpr":
        if (this.cur.compIterExpr > 0) this.error("assignment expression cannot be used in a comprehension iterable expression", e);
        if (this.cur.comprehension !== null) this.extendNamedExprScope(e.target as A.Name);
        this.visitExpr(e.value);
        this.visitExpr(e.target);
        break;
      case "Lambda": {
        this.visitDefaults(e.args);
        this.enter("function", "lambda", e.lineno, e, true);
        this.visitParams(e.args);
        this.visitExpr(e.body);
        this.exit();
        break;
      }
      case "ListComp":
        this.visitComprehension(e, "list", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.visitComprehension(e, "set", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.visitComprehension(e, "dict", e.generators, e.key, e.value);
        break;
      case "GeneratorExp":
        this.visitComprehension(e, "genexp", e.generators, e.elt, null);
        break;
      case "Yield":
      case "YieldFrom":
        if (e.value !== null) this.visitExpr(e.value);
        this.cur.isGenerator = true;
        if (this.cur.comprehension !== null) this.error(`'yield' inside ${COMPREHENSION_WHAT[this.cur.comprehension]}`, e);
        break;
      case "Await":
        this.visitExpr(e.value);
        this.cur.isCoroutine = true;
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
        this.visitExpr(e.value);
        if (e.format_spec !== null) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Slice":
        this.visitExprs([e.lower, e.upper, e.step]);
        break;
    }
  }

  private visitComprehension(
    node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp,
    kind: ComprehensionKind,
    generators: readonly A.Comprehension[],
    elt: A.Expr,
    value: A.Expr | null,
  ): void {
    const outermost = generators[0]!;
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    const names: Record<ComprehensionKind, string> = { list: "listcomp", set: "setcomp", dict: "dictcomp", genexp: "genexpr" };
    const block = this.enter("function", names[kind], node.lineno, node);
    block.comprehension = kind;
    if (outermost.is_async) block.isCoroutine = true;
    if (kind === "genexp") block.isGenerator = true;
    this.addDef(".0", DEF_PARAM, node);
    block.compIterTarget = true;
    this.visitExpr(outermost.target);
    block.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (const gen of generators.slice(1)) {
      block.compIterTarget = true;
      this.visitExpr(gen.target);
      block.compIterTarget = false;
      block.compIterExpr++;
      this.visitExpr(gen.iter);
      block.compIterExpr--;
      this.visitExprs(gen.ifs);
      if (gen.is_async) block.isCoroutine = true;
    }
    if (value !== null) this.visitExpr(value);
    this.visitExpr(elt);
    this.exit();
    // Awaiting an async list/set/dict comprehension makes the enclosing scope a coroutine too
    // (so a comprehension may contain an async comprehension).
    if (block.isCoroutine && kind !== "genexp") this.cur.isCoroutine = true;
  }

  /** A walrus inside a comprehension binds in the nearest enclosing function or module. */
  private extendNamedExprScope(target: A.Name): void {
    const name = target.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const block = this.stack[i]!;
      if (block.comprehension !== null) {
        if ((block.flagsOf(name) & DEF_COMP_ITER) !== 0) {
          this.error(`assignment expression cannot rebind comprehension iteration variable '${name}'`, target);
        }
        continue;
      }
      if (block.type === "function") {
        const declaredGlobal = (block.flagsOf(name) & DEF_GLOBAL) !== 0;
        this.addDef(name, declaredGlobal ? DEF_GLOBAL : DEF_NONLOCAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF_LOCAL, target, block);
        return;
      }
      if (block.type === "module") {
        this.addDef(name, DEF_GLOBAL, target);
        this.cur.directives.set(name, target);
        this.addDef(name, DEF_GLOBAL, target, block);
        return;
      }
      this.error("assignment expression within a comprehension cannot be used in a class body", target);
    }
  }

  // ---- patterns

  private visitPattern(p: A.Pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchAs":
        if (p.pattern !== null) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
    }
  }
}

// ---- pass 2: resolve scopes

function analyzeName(
  block: Block,
  name: string,
  flags: number,
  bound: Set<string> | null,
  local: Set<string>,
  free: Set<string>,
  global: Set<string>,
  info: SourceInfo,
): void {
  if ((flags & DEF_GLOBAL) !== 0) {
    if ((flags & DEF_NONLOCAL) !== 0) throw info.error(`name '${name}' is nonlocal and global`, block.directives.get(name) ?? null);
    block.scopes.set(name, Scope.GLOBAL_EXPLICIT);
    global.add(name);
    bound?.delete(name);
  } else if ((flags & DEF_NONLOCAL) !== 0) {
    if (bound === null) throw info.error("nonlocal declaration not allowed at module level", block.directives.get(name) ?? null);
    if (!bound.has(name)) throw info.error(`no binding for nonlocal '${name}' found`, block.directives.get(name) ?? null);
    block.scopes.set(name, Scope.FREE);
    block.hasFree = true;
    free.add(name);
  } else if ((flags & DEF_BOUND) !== 0) {
    block.scopes.set(name, Scope.LOCAL);
    local.add(name);
    global.delete(name);
  } else if (bound !== null && bound.has(name)) {
    block.scopes.set(name, Scope.FREE);
    block.hasFree = true;
    free.add(name);
  } else if (global.has(name)) {
    block.scopes.set(name, Scope.GLOBAL_IMPLICIT);
  } else {
    if (block.nested) block.hasFree = true;
    block.scopes.set(name, Scope.GLOBAL_IMPLICIT);
  }
}

/**
 * Resolves `block` and its children. `bound`: names bound in enclosing function scopes (null
 * at module level); `free` receives this block's free names; `global`: names known global.
 */
function analyzeBlock(block: Block, bound: Set<string> | null, free: Set<string>, global: Set<string>, info: SourceInfo): void {
  const local = new Set<string>();
  const newGlobal = new Set<string>();
  const newFree = new Set<string>();
  const newBound = new Set<string>();

  if (block.type === "class") {
    for (const g of global) newGlobal.add(g);
    if (bound !== null) for (const b of bound) newBound.add(b);
  }
  for (const [name, flags] of block.symbols) analyzeName(block, name, flags, bound, local, free, global, info);

  if (block.type !== "class") {
    if (block.type === "function") for (const l of local) newBound.add(l);
    if (bound !== null) for (const b of bound) newBound.add(b);
    for (const g of global) newGlobal.add(g);
  } else {
    newBound.add("__class__");
  }

  const allFree = new Set<string>();
  for (const child of block.children) {
    const childFree = new Set<string>();
    analyzeBlock(child, new Set(newBound), childFree, new Set(newGlobal), info);
    for (const f of childFree) allFree.add(f);
    if (child.hasFree || child.childFree) block.childFree = true;
  }
  for (const f of allFree) newFree.add(f);

  if (block.type === "function") {
    for (const [name, scope] of block.scopes) {
      if (scope === Scope.LOCAL && newFree.has(name)) {
        block.scopes.set(name, Scope.CELL);
        newFree.delete(name);
      }
    }
  } else if (block.type === "class" && newFree.delete("__class__")) {
    block.needsClassClosure = true;
  }

  // Free names of children that this block does not know yet pass through it as FREE.
  for (const name of newFree) {
    const flags = block.symbols.get(name);
    if (flags !== undefined) {
      if (block.type === "class" && (flags & (DEF_BOUND | DEF_GLOBAL)) !== 0) {
        block.symbols.set(name, flags | DEF_FREE_CLASS);
      }
      continue;
    }
    if (bound !== null && !bound.has(name)) continue;
    block.symbols.set(name, 0);
    block.scopes.set(name, Scope.FREE);
  }
  for (const f of newFree) free.add(f);
}
