// Functions, lambdas and classes: the code object of the body (in its own unit), then the
// code that builds the function at run time: defaults tuple, kw-defaults dict, annotations
// tuple (name, value, name, value...), closure tuple of cells, MAKE_FUNCTION, decorators.
//
// Class bodies are compiled as functions that run in a fresh namespace: they set
// __module__/__qualname__ (and __doc__), run the body, and return the __class__ cell when a
// method uses super()/__class__ (so type.__new__ can fill it), else None. The class is then
// built by calling __build_class__(func, name, *bases, **keywords).

import type * as A from "../ast-table.js";
import {
  CO_ASYNC_GENERATOR,
  CO_COROUTINE,
  CO_FUTURE_ANNOTATIONS,
  CO_GENERATOR,
  CO_NESTED,
  CO_NEWLOCALS,
  CO_OPTIMIZED,
  CO_VARARGS,
  CO_VARKEYWORDS,
  type CodeObject,
} from "../code.js";
import { isStrConstant, type StrConstant } from "../constants.js";
import { MF_ANNOTATIONS, MF_CLOSURE, MF_DEFAULTS, MF_KWDEFAULTS, Op } from "../opcodes.js";
import { Scope, type Block } from "../symtable.js";
import type { Compiler } from "./context.js";
import { compileCallArgs, compileDisplay, compileExpr, isExCall } from "./expressions.js";
import { compileStmts } from "./statements.js";
import { unparseExpr } from "./unparse.js";
import type { ScopeKind } from "./unit.js";

/** The docstring of a body: its first statement when that is a string constant. */
export function docstringOf(body: readonly A.Stmt[]): StrConstant | null {
  const first = body[0];
  if (first?._type === "Expr" && first.value._type === "Constant" && isStrConstant(first.value.value)) {
    return first.value.value;
  }
  return null;
}

/** The code flags that come from the symbol table (and the module's __future__ imports). */
export function codeFlags(c: Compiler, block: Block): number {
  let flags = 0;
  if (block.type === "function") {
    flags |= CO_NEWLOCALS | CO_OPTIMIZED;
    if (block.nested) flags |= CO_NESTED;
    if (block.isGenerator && !block.isCoroutine) flags |= CO_GENERATOR;
    if (!block.isGenerator && block.isCoroutine) flags |= CO_COROUTINE;
    if (block.isGenerator && block.isCoroutine) flags |= CO_ASYNC_GENERATOR;
    if (block.hasVarargs) flags |= CO_VARARGS;
    if (block.hasVarkeywords) flags |= CO_VARKEYWORDS;
  }
  return flags | c.futureFlags;
}

/** Loads the value an annotation contributes: the expression, or its source text under
 * `from __future__ import annotations`. */
export function compileAnnotationValue(c: Compiler, annotation: A.Expr): void {
  if ((c.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0) {
    c.at(annotation, () => c.loadConst(unparseExpr(annotation)));
    return;
  }
  if (annotation._type === "Starred") {
    // `*args: *Ts` annotates with the single unpacked item.
    compileExpr(c, annotation.value);
    c.emit(Op.UNPACK_SEQUENCE, 1);
    return;
  }
  compileExpr(c, annotation);
}

/** Pushes the closure tuple (if the code has free variables), the code, and MAKE_FUNCTION. */
export function makeClosure(c: Compiler, code: CodeObject, flags: number): void {
  if (code.freevars.length > 0) {
    for (const name of code.freevars) {
      const isClassCell = c.u.block.type === "class" && name === "__class__";
      const preferCell = isClassCell || c.u.block.scopeOf(name) === Scope.CELL;
      c.emit(Op.LOAD_CLOSURE, c.u.derefIndex(name, preferCell));
    }
    c.emit(Op.BUILD_TUPLE, code.freevars.length);
    flags |= MF_CLOSURE;
  }
  c.loadConst(code);
  c.emit(Op.MAKE_FUNCTION, flags);
}

function compileDefaults(c: Compiler, args: A.Arguments): number {
  let flags = 0;
  if (args.defaults.length > 0) {
    compileDisplay(c, args.defaults, "tuple", 0);
    flags |= MF_DEFAULTS;
  }
  let kwDefaults = 0;
  args.kwonlyargs.forEach((arg, i) => {
    const d = args.kw_defaults[i];
    if (d === null || d === undefined) return;
    c.loadConst(c.mangle(arg.arg));
    compileExpr(c, d);
    kwDefaults++;
  });
  if (kwDefaults > 0) {
    c.emit(Op.BUILD_MAP, kwDefaults);
    flags |= MF_KWDEFAULTS;
  }
  return flags;
}

function compileAnnotations(c: Compiler, args: A.Arguments, returns: A.Expr | null): number {
  let count = 0;
  const add = (name: string, annotation: A.Expr | null) => {
    if (annotation === null) return;
    c.loadConst(c.mangle(name));
    compileAnnotationValue(c, annotation);
    count += 2;
  };
  for (const a of args.args) add(a.arg, a.annotation);
  for (const a of args.posonlyargs) add(a.arg, a.annotation);
  if (args.vararg !== null) add(args.vararg.arg, args.vararg.annotation);
  for (const a of args.kwonlyargs) add(a.arg, a.annotation);
  if (args.kwarg !== null) add(args.kwarg.arg, args.kwarg.annotation);
  add("return", returns);
  if (count === 0) return 0;
  c.emit(Op.BUILD_TUPLE, count);
  return MF_ANNOTATIONS;
}

/** Parameters may not be called __debug__ (checked before the body, as CPython does). */
function checkDebugParams(c: Compiler, args: A.Arguments, node: A.Located): void {
  const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs, args.vararg, args.kwarg];
  if (all.some((a) => a?.arg === "__debug__")) c.error("cannot assign to __debug__", node);
}

function setArgCounts(c: Compiler, args: A.Arguments): void {
  c.u.argcount = args.posonlyargs.length + args.args.length;
  c.u.posonlyargcount = args.posonlyargs.length;
  c.u.kwonlyargcount = args.kwonlyargs.length;
}

/** Ends a unit's code with `return None` unless it already ends with a terminator. */
export function finishWithReturnNone(c: Compiler): void {
  if (c.u.lastIsTerminator()) return;
  c.setPosition(null);
  c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
}

export function compileFunctionDef(c: Compiler, s: A.FunctionDef | A.AsyncFunctionDef): void {
  checkDebugParams(c, s.args, s);
  for (const d of s.decorator_list) compileExpr(c, d);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;
  let flags = compileDefaults(c, s.args);
  flags |= compileAnnotations(c, s.args, s.returns);

  const kind: ScopeKind = s._type === "AsyncFunctionDef" ? "async_function" : "function";
  const unit = c.enterUnit(s, kind, s.name, firstlineno);
  const docstring = docstringOf(s.body);
  unit.addConst(docstring);
  setArgCounts(c, s.args);
  compileStmts(c, docstring !== null ? s.body.slice(1) : s.body);
  finishWithReturnNone(c);
  const code = c.assembleUnit(codeFlags(c, unit.block));
  c.exitUnit();

  makeClosure(c, code, flags);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameOp(s.name, "Store");
}

export function compileLambda(c: Compiler, e: A.Lambda): void {
  checkDebugParams(c, e.args, e);
  const flags = compileDefaults(c, e.args);
  const unit = c.enterUnit(e, "lambda", "<lambda>", e.lineno);
  unit.addConst(null); // a lambda has no docstring
  setArgCounts(c, e.args);
  compileExpr(c, e.body);
  c.emit(Op.RETURN_VALUE);
  const code = c.assembleUnit(codeFlags(c, unit.block));
  c.exitUnit();
  makeClosure(c, code, flags);
}

/** True when a body (not looking into nested scopes) contains an annotated assignment. */
export function hasAnnotations(body: readonly A.Stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case "AnnAssign":
        return true;
      case "For":
      case "AsyncFor":
      case "While":
      case "If":
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse)) return true;
        break;
      case "With":
      case "AsyncWith":
        if (hasAnnotations(s.body)) return true;
        break;
      case "Try":
      case "TryStar":
        if (hasAnnotations(s.body) || hasAnnotations(s.orelse) || hasAnnotations(s.finalbody)) return true;
        if (s.handlers.some((h) => hasAnnotations(h.body))) return true;
        break;
      case "Match":
        if (s.cases.some((k) => hasAnnotations(k.body))) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

/** A module or class body: SETUP_ANNOTATIONS if needed, __doc__, then the statements. */
export function compileNamespaceBody(c: Compiler, body: readonly A.Stmt[]): void {
  if (hasAnnotations(body)) {
    c.setPosition(body[0] ?? null);
    c.emit(Op.SETUP_ANNOTATIONS);
  }
  const docstring = docstringOf(body);
  if (docstring !== null) {
    const first = body[0] as A.ExprStmt;
    compileExpr(c, first.value);
    c.at(first, () => c.nameOp("__doc__", "Store"));
  }
  compileStmts(c, docstring !== null ? body.slice(1) : body);
}

export function compileClassDef(c: Compiler, s: A.ClassDef): void {
  for (const d of s.decorator_list) compileExpr(c, d);
  const firstlineno = s.decorator_list.length > 0 ? s.decorator_list[0]!.lineno : s.lineno;

  const unit = c.enterUnit(s, "class", s.name, firstlineno);
  c.setPosition(s);
  c.nameOp("__name__", "Load");
  c.nameOp("__module__", "Store");
  c.loadConst(unit.qualname);
  c.nameOp("__qualname__", "Store");
  compileNamespaceBody(c, s.body);
  c.setPosition(null);
  if (unit.block.needsClassClosure) {
    c.emit(Op.LOAD_CLOSURE, unit.derefIndex("__class__"));
    c.emit(Op.COPY, 1);
    c.nameOp("__classcell__", "Store");
  } else {
    c.loadConst(null);
  }
  c.emit(Op.RETURN_VALUE);
  const code = c.assembleUnit(codeFlags(c, unit.block));
  c.exitUnit();

  c.setPosition(s);
  const ex = isExCall(s.bases, s.keywords);
  c.emit(Op.LOAD_BUILD_CLASS);
  if (!ex) c.emit(Op.PUSH_NULL);
  makeClosure(c, code, 0);
  c.loadConst(s.name);
  compileCallArgs(c, 2, s.bases, s.keywords);
  for (let i = 0; i < s.decorator_list.length; i++) c.emit(Op.CALL, 0);
  c.nameOp(s.name, "Store");
}
