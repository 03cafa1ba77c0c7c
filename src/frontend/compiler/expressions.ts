// Expressions: each compiles to code that leaves exactly one value on the stack.
//
// Also here: `compileJumpIf` (a test compiled straight into conditional jumps, with `not`,
// `and`/`or`, chained comparisons and constants handled without materialising booleans),
// star-unpacking displays (`[*a, b]`, `{**m}`), calls (LOAD_METHOD + CALL for `o.m(...)`,
// CALL_KW with a constant tuple of names, CALL_FUNCTION_EX for `*`/`**`), f-strings, the
// `yield from` / `await` send loop, and the small constant folds (`-1`, constant tuples).

import type * as A from "../ast-table.js";
import { CodePointStr, ConstFrozenset, ConstTuple, PyComplex, type ConstantValue } from "../constants.js";
import { BINARY_OPS, COMPARE_OPS, FVC_ASCII, FVC_NONE, FVC_REPR, FVC_STR, FVS_HAVE_SPEC, Op } from "../opcodes.js";
import { compileComprehension } from "./comprehensions.js";
import type { Compiler } from "./context.js";
import { InternalCompilerError } from "./diagnostics.js";
import { compileLambda } from "./functions.js";
import { compileStore } from "./assign.js";
import type { Label } from "./unit.js";

/** AST operator -> BINARY_OP argument (the in-place form adds BINARY_OPS.length). */
export const BINOP_ARG: ReadonlyMap<string, number> = new Map(BINARY_OPS.map((o, i) => [o.ast, i]));
const COMPARE_ARG: ReadonlyMap<string, number> = new Map(COMPARE_OPS.map((o, i) => [o.ast, i]));
const UNARY_OP: Readonly<Record<A.UnaryOpKind, number>> = {
  Invert: Op.UNARY_INVERT,
  Not: Op.UNARY_NOT,
  UAdd: Op.UNARY_POSITIVE,
  USub: Op.UNARY_NEGATIVE,
};
const CONVERSION_FLAG: ReadonlyMap<number, number> = new Map([
  [-1, FVC_NONE],
  [115, FVC_STR], // !s
  [114, FVC_REPR], // !r
  [97, FVC_ASCII], // !a
]);

export function compileExpr(c: Compiler, e: A.Expr): void {
  c.at(e, () => compileExprHere(c, e));
}

export function compileExprs(c: Compiler, es: readonly A.Expr[]): void {
  for (const e of es) compileExpr(c, e);
}

function compileExprHere(c: Compiler, e: A.Expr): void {
  switch (e._type) {
    case "Constant":
      c.loadConst(e.value);
      return;
    case "Name":
      c.nameOp(e.id, e.ctx);
      return;
    case "BoolOp":
      return compileBoolOp(c, e);
    case "NamedExpr":
      compileExpr(c, e.value);
      c.emit(Op.COPY, 1);
      compileStore(c, e.target);
      return;
    case "BinOp":
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      c.emit(Op.BINARY_OP, BINOP_ARG.get(e.op)!);
      return;
    case "UnaryOp": {
      const folded = foldUnary(e);
      if (folded !== undefined) return c.loadConst(folded);
      compileExpr(c, e.operand);
      c.emit(UNARY_OP[e.op]);
      return;
    }
    case "Lambda":
      return compileLambda(c, e);
    case "IfExp": {
      const orelse = c.newLabel();
      const end = c.newLabel();
      compileJumpIf(c, e.test, orelse, false);
      compileExpr(c, e.body);
      c.emitJump(Op.JUMP_FORWARD, end);
      c.place(orelse);
      compileExpr(c, e.orelse);
      c.place(end);
      return;
    }
    case "Dict":
      return compileDict(c, e);
    case "Set":
      return compileDisplay(c, e.elts, "set", 0);
    case "List":
      if (e.ctx !== "Load") return compileStore(c, e);
      return compileDisplay(c, e.elts, "list", 0);
    case "Tuple":
      if (e.ctx !== "Load") return compileStore(c, e);
      return compileDisplay(c, e.elts, "tuple", 0);
    case "ListComp":
    case "SetComp":
    case "DictComp":
    case "GeneratorExp":
      return compileComprehension(c, e);
    case "Await":
      return compileAwait(c, e);
    case "Yield":
      return compileYield(c, e);
    case "YieldFrom":
      if (c.u.block.type !== "function") c.error("'yield' outside function", e);
      if (c.scopeKind === "async_function") c.error("'yield from' inside async function", e);
      compileExpr(c, e.value);
      c.emit(Op.GET_YIELD_FROM_ITER);
      c.loadConst(null);
      compileSendLoop(c);
      return;
    case "Compare":
      return compileCompare(c, e);
    case "Call":
      return compileCall(c, e);
    case "FormattedValue":
      return compileFormattedValue(c, e);
    case "JoinedStr":
      return compileJoinedStr(c, e);
    case "Attribute":
      if (e.ctx !== "Load") return compileStore(c, e);
      compileExpr(c, e.value);
      c.emitName(Op.LOAD_ATTR, c.mangle(e.attr));
      return;
    case "Subscript":
      if (e.ctx !== "Load") return compileStore(c, e);
      compileExpr(c, e.value);
      compileExpr(c, e.slice);
      c.emit(Op.BINARY_SUBSCR);
      return;
    case "Starred":
      if (e.ctx === "Store") c.error("starred assignment target must be in a list or tuple", e);
      c.error("can't use starred expression here", e);
    // falls through: error() never returns
    case "Slice":
      return compileSlice(c, e);
  }
}

// ---- constants

/** Folds `-<number>` (and `+`/`~` on ints) into a constant, as CPython's AST optimizer does. */
function foldUnary(e: A.UnaryOp): ConstantValue | undefined {
  if (e.operand._type !== "Constant") return undefined;
  const v = e.operand.value;
  if (typeof v === "boolean") return undefined;
  if (e.op === "USub") {
    if (typeof v === "bigint") return -v;
    if (typeof v === "number") return -v;
    if (v instanceof PyComplex) return new PyComplex(-v.real, -v.imag);
  } else if (e.op === "UAdd") {
    if (typeof v === "bigint" || typeof v === "number") return v;
  } else if (e.op === "Invert" && typeof v === "bigint") {
    return ~v;
  }
  return undefined;
}

/** The constant value of an expression if it is one (constants, folded unary, tuples of them). */
export function constantValueOf(e: A.Expr): ConstantValue | undefined {
  if (e._type === "Constant") return e.value;
  if (e._type === "UnaryOp") return foldUnary(e);
  if (e._type === "Tuple" && e.ctx === "Load") {
    const items: ConstantValue[] = [];
    for (const elt of e.elts) {
      const v = constantValueOf(elt);
      if (v === undefined) return undefined;
      items.push(v);
    }
    return new ConstTuple(items);
  }
  return undefined;
}

// ---- displays

type DisplayKind = "list" | "tuple" | "set";

/**
 * Builds a list/tuple/set from `elts` with `pushed` items already on the stack (used by
 * calls with `*args`). Constant-only tuples become one constant.
 */
export function compileDisplay(c: Compiler, elts: readonly A.Expr[], kind: DisplayKind, pushed: number): void {
  const hasStar = elts.some((x) => x._type === "Starred");
  if (!hasStar && pushed === 0 && elts.length > 0) {
    const values = elts.map(constantValueOf);
    if (values.every((v) => v !== undefined)) {
      const items = values as ConstantValue[];
      if (kind === "tuple") return c.loadConst(new ConstTuple(items));
      if (elts.length > 2) {
        if (kind === "list") {
          c.emit(Op.BUILD_LIST, 0);
          c.loadConst(new ConstTuple(items));
          c.emit(Op.LIST_EXTEND, 1);
        } else {
          c.emit(Op.BUILD_SET, 0);
          c.loadConst(new ConstFrozenset(items));
          c.emit(Op.SET_UPDATE, 1);
        }
        return;
      }
    }
  }
  const build = kind === "set" ? Op.BUILD_SET : kind === "list" ? Op.BUILD_LIST : Op.BUILD_TUPLE;
  if (!hasStar) {
    compileExprs(c, elts);
    c.emit(build, pushed + elts.length);
    return;
  }
  const isSet = kind === "set";
  let prefix = 0;
  while (prefix < elts.length && elts[prefix]!._type !== "Starred") prefix++;
  compileExprs(c, elts.slice(0, prefix));
  c.emit(isSet ? Op.BUILD_SET : Op.BUILD_LIST, pushed + prefix);
  for (const elt of elts.slice(prefix)) {
    if (elt._type === "Starred") {
      compileExpr(c, elt.value);
      c.emit(isSet ? Op.SET_UPDATE : Op.LIST_EXTEND, 1);
    } else {
      compileExpr(c, elt);
      c.emit(isSet ? Op.SET_ADD : Op.LIST_APPEND, 1);
    }
  }
  if (kind === "tuple") c.emit(Op.LIST_TO_TUPLE);
}

function compileDict(c: Compiler, e: A.Dict): void {
  const n = e.keys.length;
  const hasUnpack = e.keys.some((k) => k === null);
  if (!hasUnpack && n > 1) {
    const keys = e.keys.map((k) => constantValueOf(k!));
    if (keys.every((k) => k !== undefined)) {
      compileExprs(c, e.values);
      c.loadConst(new ConstTuple(keys as ConstantValue[]));
      c.emit(Op.BUILD_CONST_KEY_MAP, n);
      return;
    }
  }
  let pending = 0;
  let haveDict = false;
  const flush = () => {
    c.emit(Op.BUILD_MAP, pending);
    if (haveDict) c.emit(Op.DICT_UPDATE, 1);
    haveDict = true;
    pending = 0;
  };
  for (let i = 0; i < n; i++) {
    const key = e.keys[i];
    if (key === null || key === undefined) {
      if (pending > 0 || !haveDict) flush();
      compileExpr(c, e.values[i]!);
      c.emit(Op.DICT_UPDATE, 1);
    } else {
      compileExpr(c, key);
      compileExpr(c, e.values[i]!);
      pending++;
    }
  }
  if (pending > 0 || !haveDict) flush();
}

function compileSlice(c: Compiler, e: A.Slice): void {
  for (const part of [e.lower, e.upper]) {
    if (part === null) c.loadConst(null);
    else compileExpr(c, part);
  }
  if (e.step !== null) compileExpr(c, e.step);
  c.emit(Op.BUILD_SLICE, e.step !== null ? 3 : 2);
}

// ---- boolean logic and comparisons

function compileBoolOp(c: Compiler, e: A.BoolOp): void {
  const end = c.newLabel();
  const jump = e.op === "And" ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP;
  const last = e.values.length - 1;
  e.values.forEach((v, i) => {
    compileExpr(c, v);
    if (i < last) c.emitJump(jump, end);
  });
  c.place(end);
}

export function emitCompareOp(c: Compiler, op: A.CmpOp): void {
  switch (op) {
    case "Is":
    case "IsNot":
      c.emit(Op.IS_OP, op === "IsNot" ? 1 : 0);
      return;
    case "In":
    case "NotIn":
      c.emit(Op.CONTAINS_OP, op === "NotIn" ? 1 : 0);
      return;
    default:
      c.emit(Op.COMPARE_OP, COMPARE_ARG.get(op)!);
  }
}

/**
 * Every link of `a < b < c` but the last: each comparison keeps a copy of its right operand
 * below it for the next link, and `linkJump` leaves the chain at `cleanup` when it is false.
 */
function compileChainLinks(c: Compiler, e: A.Compare, linkJump: number, cleanup: Label): void {
  for (let i = 0; i < e.ops.length - 1; i++) {
    compileExpr(c, e.comparators[i]!);
    c.emit(Op.SWAP, 2);
    c.emit(Op.COPY, 2);
    emitCompareOp(c, e.ops[i]!);
    c.emitJump(linkJump, cleanup);
  }
}

function compileCompare(c: Compiler, e: A.Compare): void {
  compileExpr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    compileExpr(c, e.comparators[0]!);
    emitCompareOp(c, e.ops[0]!);
    return;
  }
  const cleanup = c.newLabel();
  compileChainLinks(c, e, Op.JUMP_IF_FALSE_OR_POP, cleanup);
  compileExpr(c, e.comparators[n - 1]!);
  emitCompareOp(c, e.ops[n - 1]!);
  const end = c.newLabel();
  c.emitJump(Op.JUMP_FORWARD, end);
  c.place(cleanup);
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_TOP);
  c.place(end);
}

/**
 * Compiles `test` so that control jumps to `target` when its truth equals `jumpIfTrue`. As in
 * CPython 3.11, the jump carries the location of what encloses the test (the `if`/`while`/
 * `assert` statement, the conditional expression), not the test's own: a TypeError from
 * `__bool__` then points at the whole statement (a traceback with no carets). A comparison's
 * jumps, and those after it in the same test, are the comparison's.
 */
export function compileJumpIf(c: Compiler, test: A.Expr, target: Label, jumpIfTrue: boolean): void {
  switch (test._type) {
    case "UnaryOp":
      if (test.op === "Not") return compileJumpIf(c, test.operand, target, !jumpIfTrue);
      break;
    case "BoolOp": {
      const isOr = test.op === "Or";
      const last = test.values.length - 1;
      // For `a or b` jumping on true: each operand may jump straight to target. Jumping on
      // false: a true operand skips to the end.
      const skip = isOr === jumpIfTrue ? target : c.newLabel();
      test.values.forEach((v, i) => {
        if (i < last) compileJumpIf(c, v, skip, isOr);
        else compileJumpIf(c, v, target, jumpIfTrue);
      });
      if (skip !== target) c.place(skip);
      return;
    }
    case "IfExp": {
      const end = c.newLabel();
      const orelse = c.newLabel();
      compileJumpIf(c, test.test, orelse, false);
      compileJumpIf(c, test.body, target, jumpIfTrue);
      c.emitJump(Op.JUMP_FORWARD, end);
      c.place(orelse);
      compileJumpIf(c, test.orelse, target, jumpIfTrue);
      c.place(end);
      return;
    }
    case "Compare":
      // CPython sets the comparison's location here and does not restore it: the jumps that
      // follow in the same test (`x > 1 and f()`) keep it too, until the next statement's
      c.setPosition(test);
      if (test.ops.length >= 2) return compileChainJump(c, test, target, jumpIfTrue);
      compileExpr(c, test);
      c.emitJump(jumpIfTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
      return;
    case "Constant": {
      const truthy = constantTruth(test.value);
      if (truthy === jumpIfTrue) c.emitJump(Op.JUMP_FORWARD, target);
      return;
    }
    default:
      break;
  }
  compileExpr(c, test);
  c.emitJump(jumpIfTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
}

/** `a < b < c` as a jump: each link's comparison jumps to the cleanup when false. */
function compileChainJump(c: Compiler, test: A.Compare, target: Label, jumpIfTrue: boolean): void {
  const n = test.ops.length;
  const cleanup = c.newLabel();
  compileExpr(c, test.left);
  compileChainLinks(c, test, Op.POP_JUMP_IF_FALSE, cleanup);
  compileExpr(c, test.comparators[n - 1]!);
  emitCompareOp(c, test.ops[n - 1]!);
  c.emitJump(jumpIfTrue ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, target);
  const end = c.newLabel();
  c.emitJump(Op.JUMP_FORWARD, end);
  c.place(cleanup);
  c.emit(Op.POP_TOP);
  if (!jumpIfTrue) c.emitJump(Op.JUMP_FORWARD, target);
  c.place(end);
}

function constantTruth(v: ConstantValue): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case "boolean":
      return v;
    case "bigint":
      return v !== 0n;
    case "number":
      return v !== 0;
    case "string":
      return v.length > 0;
    case "symbol":
      return true;
  }
  if (v instanceof Uint8Array) return v.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v instanceof CodePointStr) return true; // never empty
  return v.items.length > 0;
}

// ---- calls

export function isExCall(args: readonly A.Expr[], keywords: readonly A.Keyword[]): boolean {
  return args.some((a) => a._type === "Starred") || keywords.some((k) => k.arg === null);
}

function checkKeywords(c: Compiler, keywords: readonly A.Keyword[]): void {
  const seen = new Set<string>();
  for (const k of keywords) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}

function compileCall(c: Compiler, e: A.Call): void {
  checkKeywords(c, e.keywords);
  const func = e.func;
  if (func._type === "Attribute" && func.ctx === "Load" && !isExCall(e.args, e.keywords)) {
    compileExpr(c, func.value);
    c.at(func, () => c.emitName(Op.LOAD_METHOD, c.mangle(func.attr)));
    compileCallArgs(c, 0, e.args, e.keywords);
    return;
  }
  compileExpr(c, func);
  if (!isExCall(e.args, e.keywords)) c.emit(Op.PUSH_NULL);
  compileCallArgs(c, 0, e.args, e.keywords);
}

/**
 * Emits the arguments and the call. The callable is on the stack, followed by its self slot
 * (LOAD_METHOD or PUSH_NULL) unless the call is an `isExCall`, and `pushed` positional
 * arguments already pushed (a class's function and name).
 */
export function compileCallArgs(c: Compiler, pushed: number, args: readonly A.Expr[], keywords: readonly A.Keyword[]): void {
  if (isExCall(args, keywords)) {
    if (pushed === 0 && args.length === 1 && args[0]!._type === "Starred") compileExpr(c, args[0]!.value);
    else compileDisplay(c, args, "tuple", pushed);
    if (keywords.length > 0) compileKwargsDict(c, keywords);
    c.emit(Op.CALL_FUNCTION_EX, keywords.length > 0 ? 1 : 0);
    return;
  }
  compileExprs(c, args);
  if (keywords.length === 0) {
    c.emit(Op.CALL, pushed + args.length);
    return;
  }
  for (const k of keywords) compileExpr(c, k.value);
  c.loadConst(new ConstTuple(keywords.map((k) => k.arg!)));
  c.emit(Op.CALL_KW, pushed + args.length + keywords.length);
}

function compileKwargsDict(c: Compiler, keywords: readonly A.Keyword[]): void {
  let haveDict = false;
  let run: A.Keyword[] = [];
  const flushRun = () => {
    if (run.length === 0) return;
    if (run.length > 1) {
      compileExprs(c, run.map((k) => k.value));
      c.loadConst(new ConstTuple(run.map((k) => k.arg!)));
      c.emit(Op.BUILD_CONST_KEY_MAP, run.length);
    } else {
      c.loadConst(run[0]!.arg!);
      compileExpr(c, run[0]!.value);
      c.emit(Op.BUILD_MAP, 1);
    }
    if (haveDict) c.emit(Op.DICT_MERGE, 1);
    haveDict = true;
    run = [];
  };
  for (const k of keywords) {
    if (k.arg !== null) {
      run.push(k);
      continue;
    }
    flushRun();
    if (!haveDict) {
      c.emit(Op.BUILD_MAP, 0);
      haveDict = true;
    }
    compileExpr(c, k.value);
    c.emit(Op.DICT_MERGE, 1);
  }
  flushRun();
}

// ---- f-strings

function compileJoinedStr(c: Compiler, e: A.JoinedStr): void {
  if (e.values.length === 0) return c.loadConst("");
  compileExprs(c, e.values);
  if (e.values.length > 1) c.emit(Op.BUILD_STRING, e.values.length);
}

function compileFormattedValue(c: Compiler, e: A.FormattedValue): void {
  compileExpr(c, e.value);
  const conversion = CONVERSION_FLAG.get(e.conversion);
  if (conversion === undefined) throw new InternalCompilerError(`unknown f-string conversion ${e.conversion}`);
  let flags = conversion;
  if (e.format_spec !== null) {
    compileExpr(c, e.format_spec);
    flags |= FVS_HAVE_SPEC;
  }
  c.emit(Op.FORMAT_VALUE, flags);
}

// ---- generators and coroutines

/**
 * The `yield from` / `await` loop: [iterator, value] -> [result]. Its back edge is
 * JUMP_BACKWARD_NO_INTERRUPT: resuming a suspended frame is not a hot user loop.
 */
export function compileSendLoop(c: Compiler): void {
  const start = c.newLabel();
  const exit = c.newLabel();
  c.place(start);
  c.emitJump(Op.SEND, exit);
  c.emit(Op.YIELD_VALUE);
  c.emitJump(Op.JUMP_BACKWARD_NO_INTERRUPT, start);
  c.place(exit);
}

/** await on TOS: GET_AWAITABLE `where`, then the send loop. */
export function emitAwait(c: Compiler, where: number): void {
  c.emit(Op.GET_AWAITABLE, where);
  c.loadConst(null);
  compileSendLoop(c);
}

function compileAwait(c: Compiler, e: A.Await): void {
  if (c.u.block.type !== "function") c.error("'await' outside function", e);
  if (c.scopeKind !== "async_function" && c.scopeKind !== "comprehension") c.error("'await' outside async function", e);
  compileExpr(c, e.value);
  emitAwait(c, 0);
}

function compileYield(c: Compiler, e: A.Yield): void {
  if (c.u.block.type !== "function") c.error("'yield' outside function", e);
  if (e.value !== null) compileExpr(c, e.value);
  else c.loadConst(null);
  emitYieldValue(c);
}

/** YIELD_VALUE, wrapped in async generators so the frame's caller can tell it from an await. */
export function emitYieldValue(c: Compiler): void {
  if (c.u.block.isGenerator && c.u.block.isCoroutine) c.emit(Op.ASYNC_GEN_WRAP);
  c.emit(Op.YIELD_VALUE);
}
