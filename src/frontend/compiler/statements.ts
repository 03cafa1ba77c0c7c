// Statements: the dispatch, and the simple and loop statements (if, while, for, async for,
// break/continue/return, raise, assert, imports, expression statements). Try/with live in
// exceptions.ts, assignments in assign.ts, definitions in functions.ts, match in patterns.ts.
//
// Loops are laid out head-first: the test (or FOR_ITER) at the top, the body, then a
// JUMP_BACKWARD to the head, so every loop has exactly one back edge per `continue` or body
// end, all unconditional, and the JIT's loop header is the head.

import type * as A from "../ast-table.js";
import { ConstTuple } from "../constants.js";
import { Op } from "../opcodes.js";
import { compileAnnAssign, compileAssign, compileAugAssign, compileDelete, compileStore } from "./assign.js";
import type { Compiler } from "./context.js";
import { compileExpr, compileJumpIf, compileSendLoop, constantValueOf } from "./expressions.js";
import { unwindFBlock, unwindFBlockStack, compileTry, compileTryStar, compileWith, compileAsyncWith } from "./exceptions.js";
import { compileClassDef, compileFunctionDef } from "./functions.js";
import { compileMatch } from "./patterns.js";

export function compileStmts(c: Compiler, stmts: readonly A.Stmt[]): void {
  for (const s of stmts) compileStmt(c, s);
}

export function compileStmt(c: Compiler, s: A.Stmt): void {
  c.setPosition(s);
  switch (s._type) {
    case "FunctionDef":
    case "AsyncFunctionDef":
      return compileFunctionDef(c, s);
    case "ClassDef":
      return compileClassDef(c, s);
    case "Return":
      return compileReturn(c, s);
    case "Delete":
      return compileDelete(c, s);
    case "Assign":
      return compileAssign(c, s);
    case "AugAssign":
      return compileAugAssign(c, s);
    case "AnnAssign":
      return compileAnnAssign(c, s);
    case "For":
      return compileFor(c, s);
    case "AsyncFor":
      return compileAsyncFor(c, s);
    case "While":
      return compileWhile(c, s);
    case "If":
      return compileIf(c, s);
    case "With":
      return compileWith(c, s, 0);
    case "AsyncWith":
      return compileAsyncWith(c, s, 0);
    case "Match":
      return compileMatch(c, s);
    case "Raise":
      return compileRaise(c, s);
    case "Try":
      return compileTry(c, s);
    case "TryStar":
      return compileTryStar(c, s);
    case "Assert":
      return compileAssert(c, s);
    case "Import":
      return compileImport(c, s);
    case "ImportFrom":
      return compileImportFrom(c, s);
    case "Global":
    case "Nonlocal":
      return;
    case "Expr":
      return compileExprStmt(c, s);
    case "Pass":
      c.emit(Op.NOP);
      return;
    case "Break":
      return compileBreak(c, s);
    case "Continue":
      return compileContinue(c, s);
  }
}

function compileExprStmt(c: Compiler, s: A.ExprStmt): void {
  if (s.value._type === "Constant") {
    c.emit(Op.NOP); // keeps the line for tracing; the value is never computed
    return;
  }
  compileExpr(c, s.value);
  c.setPosition(s);
  c.emit(Op.POP_TOP);
}

function compileIf(c: Compiler, s: A.If): void {
  const next = c.newLabel();
  compileJumpIf(c, s.test, next, false);
  compileStmts(c, s.body);
  if (s.orelse.length > 0) {
    const end = c.newLabel();
    c.setPosition(null);
    c.jumpForwardIfReachable(end);
    c.place(next);
    compileStmts(c, s.orelse);
    c.place(end);
  } else {
    c.place(next);
  }
}

function compileWhile(c: Compiler, s: A.While): void {
  const head = c.newLabel();
  const exitLoop = c.newLabel();
  const end = c.newLabel();
  c.place(head);
  c.pushFBlock("WHILE_LOOP", head, end);
  compileJumpIf(c, s.test, exitLoop, false);
  compileStmts(c, s.body);
  c.setPosition(s);
  c.emitJump(Op.JUMP_BACKWARD, head);
  c.popFBlock("WHILE_LOOP");
  c.place(exitLoop);
  compileStmts(c, s.orelse);
  c.place(end);
}

function compileFor(c: Compiler, s: A.For): void {
  const head = c.newLabel();
  const exhausted = c.newLabel();
  const end = c.newLabel();
  compileExpr(c, s.iter);
  c.setPosition(s); // GET_ITER and FOR_ITER are the `for` statement (3.11), so an error in next() points at it
  c.emit(Op.GET_ITER);
  c.place(head);
  c.pushFBlock("FOR_LOOP", head, end);
  c.emitJump(Op.FOR_ITER, exhausted);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  c.setPosition(s);
  c.emitJump(Op.JUMP_BACKWARD, head);
  c.popFBlock("FOR_LOOP");
  c.place(exhausted);
  compileStmts(c, s.orelse);
  c.place(end);
}

function compileAsyncFor(c: Compiler, s: A.AsyncFor): void {
  if (c.scopeKind !== "async_function") c.error("'async for' outside async function", s);
  const head = c.newLabel();
  const exhausted = c.newLabel();
  const end = c.newLabel();
  compileExpr(c, s.iter);
  c.setPosition(s.iter);
  c.emit(Op.GET_AITER);
  c.place(head);
  c.pushFBlock("FOR_LOOP", head, end);
  c.u.emitSetup(Op.SETUP_FINALLY, exhausted);
  c.emit(Op.GET_ANEXT);
  c.loadConst(null);
  compileSendLoop(c);
  c.u.emitPopBlock();
  compileStore(c, s.target);
  compileStmts(c, s.body);
  c.setPosition(s);
  c.emitJump(Op.JUMP_BACKWARD, head);
  c.popFBlock("FOR_LOOP");
  c.place(exhausted);
  c.setPosition(null);
  c.emit(Op.END_ASYNC_FOR);
  compileStmts(c, s.orelse);
  c.place(end);
}

function compileBreak(c: Compiler, s: A.Break): void {
  const saved = c.u.handler;
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) c.error("'break' outside loop", s);
  c.setPosition(s);
  unwindFBlock(c, loop, false);
  c.emitJump(Op.JUMP_FORWARD, loop.exit!);
  c.u.handler = saved;
}

function compileContinue(c: Compiler, s: A.Continue): void {
  const saved = c.u.handler;
  const loop = unwindFBlockStack(c, false, true);
  if (loop === null) c.error("'continue' not properly in loop", s);
  c.setPosition(s);
  c.emitJump(Op.JUMP_BACKWARD, loop.start!);
  c.u.handler = saved;
}

function compileReturn(c: Compiler, s: A.Return): void {
  if (c.u.block.type !== "function") c.error("'return' outside function", s);
  if (s.value !== null && c.u.block.isCoroutine && c.u.block.isGenerator) c.error("'return' with value in async generator", s);
  const constant = s.value === null ? null : constantValueOf(s.value);
  const preserveTos = s.value !== null && constant === undefined;
  if (preserveTos) compileExpr(c, s.value!);
  const saved = c.u.handler;
  unwindFBlockStack(c, preserveTos, false);
  c.setPosition(s);
  if (!preserveTos) c.loadConst(constant ?? null);
  c.emit(Op.RETURN_VALUE);
  c.u.handler = saved;
}

function compileRaise(c: Compiler, s: A.Raise): void {
  let n = 0;
  if (s.exc !== null) {
    compileExpr(c, s.exc);
    n++;
    if (s.cause !== null) {
      compileExpr(c, s.cause);
      n++;
    }
  }
  c.setPosition(s);
  c.emit(Op.RAISE_VARARGS, n);
}

function compileAssert(c: Compiler, s: A.Assert): void {
  const end = c.newLabel();
  compileJumpIf(c, s.test, end, true);
  c.setPosition(s);
  c.emit(Op.LOAD_ASSERTION_ERROR);
  if (s.msg !== null) {
    compileExpr(c, s.msg);
    c.setPosition(s);
    c.emit(Op.CALL, 0);
  }
  c.emit(Op.RAISE_VARARGS, 1);
  c.place(end);
}

function compileImport(c: Compiler, s: A.Import): void {
  for (const alias of s.names) {
    c.setPosition(alias);
    c.loadConst(0n);
    c.loadConst(null);
    c.emitName(Op.IMPORT_NAME, alias.name);
    if (alias.asname === null) {
      c.nameOp(alias.name.split(".")[0]!, "Store");
      continue;
    }
    const parts = alias.name.split(".");
    if (parts.length > 1) {
      parts.slice(1).forEach((attr, i) => {
        c.emitName(Op.IMPORT_FROM, attr);
        if (i < parts.length - 2) {
          c.emit(Op.SWAP, 2);
          c.emit(Op.POP_TOP);
        }
      });
      c.nameOp(alias.asname, "Store");
      c.emit(Op.POP_TOP);
    } else {
      c.nameOp(alias.asname, "Store");
    }
  }
}

function compileImportFrom(c: Compiler, s: A.ImportFrom): void {
  if (s.module === "__future__" && s.lineno > c.futureLineno) {
    c.error("from __future__ imports must occur at the beginning of the file", s);
  }
  c.loadConst(BigInt(s.level ?? 0));
  c.loadConst(new ConstTuple(s.names.map((a) => a.name)));
  c.emitName(Op.IMPORT_NAME, s.module ?? "");
  if (s.names.length === 1 && s.names[0]!.name === "*") {
    c.emit(Op.IMPORT_STAR);
    return;
  }
  for (const alias of s.names) {
    c.setPosition(alias);
    c.emitName(Op.IMPORT_FROM, alias.name);
    c.nameOp(alias.asname ?? alias.name, "Store");
  }
  c.setPosition(s);
  c.emit(Op.POP_TOP);
}

