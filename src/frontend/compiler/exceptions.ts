// try/except/else/finally, except*, with and async with, and the unwinding that break,
// continue and return do when they leave those blocks.
//
// The layout is CPython 3.11's zero-cost scheme. A try body runs inside a region whose handler
// gets [..., exc]; the handler code itself runs inside a "cleanup" region (handler gets
// [..., lasti, exc]) whose job is to restore the previously handled exception before
// re-raising: `COPY 3; POP_EXCEPT; RERAISE 1`. Stack pictures in the comments below show the
// stack above the depth at which the statement started.
//
// Unwinding: a frame block (FBlock) is pushed for every construct that needs code to run when
// control leaves it early; unwindFBlockStack pops them innermost-first, emitting that code
// (ending try regions, running finally bodies inline, calling __exit__, popping iterators).

import type * as A from "../ast-table.js";
import { Op } from "../opcodes.js";
import type { Compiler } from "./context.js";
import { compileStore } from "./assign.js";
import { compileExpr, emitAwait } from "./expressions.js";
import { compileStmts } from "./statements.js";
import type { FBlock, Label } from "./unit.js";

// ---- unwinding

/** Emits what leaving `fb` early requires. `preserveTos`: a return value sits on top. */
export function unwindFBlock(c: Compiler, fb: FBlock, preserveTos: boolean): void {
  switch (fb.kind) {
    case "WHILE_LOOP":
    case "EXCEPTION_HANDLER":
    case "EXCEPTION_GROUP_HANDLER":
    case "ASYNC_COMPREHENSION_GENERATOR":
      return;
    case "FOR_LOOP":
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP); // the iterator
      return;
    case "TRY_EXCEPT":
      c.u.emitPopBlock();
      return;
    case "FINALLY_TRY": {
      c.u.emitPopBlock();
      if (preserveTos) c.pushFBlock("POP_VALUE", null, null);
      const saved = c.position;
      compileStmts(c, fb.datum as A.Stmt[]);
      c.position = saved;
      if (preserveTos) c.popFBlock("POP_VALUE");
      return;
    }
    case "FINALLY_END":
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP); // the exception
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.u.emitPopBlock();
      c.emit(Op.POP_EXCEPT);
      return;
    case "WITH":
    case "ASYNC_WITH": {
      const saved = c.position;
      c.setPosition(fb.datum as A.With);
      c.u.emitPopBlock();
      if (preserveTos) c.emit(Op.SWAP, 2);
      emitCallExitWithNones(c);
      if (fb.kind === "ASYNC_WITH") emitAwait(c, 2);
      c.emit(Op.POP_TOP);
      c.position = saved;
      return;
    }
    case "HANDLER_CLEANUP": {
      const name = fb.datum as string | null;
      if (name !== null) c.u.emitPopBlock();
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.u.emitPopBlock();
      c.emit(Op.POP_EXCEPT);
      if (name !== null) clearHandlerName(c, name);
      return;
    }
    case "POP_VALUE":
      if (preserveTos) c.emit(Op.SWAP, 2);
      c.emit(Op.POP_TOP);
      return;
  }
}

/**
 * Unwinds frame blocks innermost-first, up to (not including) the innermost loop when
 * `toLoop`; returns that loop, or null. The frame block stack is restored afterwards (the
 * code that follows a break/continue/return is still inside all the blocks).
 */
export function unwindFBlockStack(c: Compiler, preserveTos: boolean, toLoop: boolean): FBlock | null {
  const fblocks = c.u.fblocks;
  const top = fblocks[fblocks.length - 1];
  if (top === undefined) return null;
  if (top.kind === "EXCEPTION_GROUP_HANDLER") {
    const [lineno, col, endLineno, endCol] = c.position;
    c.error("'break', 'continue' and 'return' cannot appear in an except* block", {
      lineno,
      col_offset: col,
      end_lineno: endLineno,
      end_col_offset: endCol,
    });
  }
  if (toLoop && (top.kind === "WHILE_LOOP" || top.kind === "FOR_LOOP")) return top;
  fblocks.pop();
  try {
    unwindFBlock(c, top, preserveTos);
    return unwindFBlockStack(c, preserveTos, toLoop);
  } finally {
    fblocks.push(top);
  }
}

function clearHandlerName(c: Compiler, name: string): void {
  c.loadConst(null);
  c.nameOp(name, "Store");
  c.nameOp(name, "Del");
}

/** [exit] -> [exit(None, None, None)] (self-slot trick: None fills the slot as an argument). */
function emitCallExitWithNones(c: Compiler): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.emit(Op.CALL, 2);
}

/** Cleanup handler body: restore the previously handled exception, re-raise. */
function emitPopExceptAndReraise(c: Compiler): void {
  c.emit(Op.COPY, 3);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 1);
}

// ---- try

export function compileTry(c: Compiler, s: A.Try): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s, () => (s.handlers.length > 0 ? compileTryExcept(c, s) : compileStmts(c, s.body)));
  else compileTryExcept(c, s);
}

export function compileTryStar(c: Compiler, s: A.TryStar): void {
  if (s.finalbody.length > 0) compileTryFinally(c, s, () => compileTryStarExcept(c, s));
  else compileTryStarExcept(c, s);
}

function compileTryFinally(c: Compiler, s: A.Try | A.TryStar, compileBody: () => void): void {
  const onException = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  c.u.emitSetup(Op.SETUP_FINALLY, onException);
  c.pushFBlock("FINALLY_TRY", null, null, s.finalbody);
  compileBody();
  c.setPosition(null);
  c.u.emitPopBlock();
  c.popFBlock("FINALLY_TRY");
  compileStmts(c, s.finalbody);
  c.setPosition(null);
  c.jumpForwardIfReachable(exit);

  // [exc]
  c.place(onException);
  c.setPosition(null);
  c.u.emitSetup(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO); // [prev, exc]
  c.pushFBlock("FINALLY_END", null, null);
  compileStmts(c, s.finalbody);
  c.popFBlock("FINALLY_END");
  c.setPosition(null);
  c.emit(Op.RERAISE, 0);

  c.place(cleanup); // [prev, lasti, exc]
  emitPopExceptAndReraise(c);
  c.place(exit);
}

function compileTryExcept(c: Compiler, s: A.Try): void {
  const onException = c.newLabel();
  const cleanup = c.newLabel();
  const end = c.newLabel();
  c.u.emitSetup(Op.SETUP_FINALLY, onException);
  c.pushFBlock("TRY_EXCEPT", null, null);
  compileStmts(c, s.body);
  c.popFBlock("TRY_EXCEPT");
  c.setPosition(null);
  c.u.emitPopBlock();
  compileStmts(c, s.orelse);
  c.setPosition(null);
  c.jumpForwardIfReachable(end);

  // [exc]
  c.place(onException);
  c.setPosition(null);
  c.u.emitSetup(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO); // [prev, exc]
  c.pushFBlock("EXCEPTION_HANDLER", null, null);
  s.handlers.forEach((h, i) => {
    c.setPosition(h);
    if (h.type === null && i < s.handlers.length - 1) c.error("default 'except:' must be last", h);
    const nextHandler = c.newLabel();
    if (h.type !== null) {
      compileExpr(c, h.type);
      c.emit(Op.CHECK_EXC_MATCH);
      c.emitJump(Op.POP_JUMP_IF_FALSE, nextHandler);
    }
    if (h.name !== null) {
      // try: body  finally: name = None; del name
      const cleanupEnd = c.newLabel();
      c.nameOp(h.name, "Store"); // [prev]
      c.u.emitSetup(Op.SETUP_CLEANUP, cleanupEnd);
      c.pushFBlock("HANDLER_CLEANUP", null, null, h.name);
      compileStmts(c, h.body);
      c.popFBlock("HANDLER_CLEANUP");
      c.setPosition(null);
      c.u.emitPopBlock();
      c.u.emitPopBlock();
      c.emit(Op.POP_EXCEPT);
      clearHandlerName(c, h.name);
      c.emitJump(Op.JUMP_FORWARD, end);

      c.place(cleanupEnd); // [prev, lasti, exc2]
      c.setPosition(null);
      clearHandlerName(c, h.name);
      c.emit(Op.RERAISE, 1);
    } else {
      c.emit(Op.POP_TOP); // [prev]
      c.pushFBlock("HANDLER_CLEANUP", null, null, null);
      compileStmts(c, h.body);
      c.popFBlock("HANDLER_CLEANUP");
      c.setPosition(null);
      c.u.emitPopBlock();
      c.emit(Op.POP_EXCEPT);
      c.emitJump(Op.JUMP_FORWARD, end);
    }
    c.place(nextHandler);
  });
  c.popFBlock("EXCEPTION_HANDLER");
  c.setPosition(null);
  c.emit(Op.RERAISE, 0); // no handler matched: [prev, exc]

  c.place(cleanup);
  emitPopExceptAndReraise(c);
  c.place(end);
}

function compileTryStarExcept(c: Compiler, s: A.TryStar): void {
  const onException = c.newLabel();
  const orelse = c.newLabel();
  const end = c.newLabel();
  const cleanup = c.newLabel();
  const reraiseStar = c.newLabel();
  c.u.emitSetup(Op.SETUP_FINALLY, onException);
  c.pushFBlock("TRY_EXCEPT", null, null);
  compileStmts(c, s.body);
  c.popFBlock("TRY_EXCEPT");
  c.setPosition(null);
  c.u.emitPopBlock();
  c.emitJump(Op.JUMP_FORWARD, orelse);

  c.place(onException); // [exc]
  c.setPosition(null);
  c.u.emitSetup(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO); // [prev, exc]
  c.pushFBlock("EXCEPTION_GROUP_HANDLER", null, null);
  const n = s.handlers.length;
  s.handlers.forEach((h, i) => {
    c.setPosition(h);
    const nextHandler = c.newLabel();
    const noMatch = c.newLabel();
    const withError = c.newLabel();
    if (i === 0) {
      c.emit(Op.COPY, 1); // [prev, orig, exc]
      c.emit(Op.BUILD_LIST, 0);
      c.emit(Op.SWAP, 2); // [prev, orig, raised, exc]
    }
    if (h.type !== null) {
      compileExpr(c, h.type);
      c.emit(Op.CHECK_EG_MATCH); // [prev, orig, raised, rest, match]
      c.emit(Op.COPY, 1);
      c.emitJump(Op.POP_JUMP_IF_NONE, noMatch);
    }
    const cleanupEnd = c.newLabel();
    if (h.name !== null) c.nameOp(h.name, "Store");
    else c.emit(Op.POP_TOP); // [prev, orig, raised, rest]
    c.u.emitSetup(Op.SETUP_CLEANUP, cleanupEnd);
    c.pushFBlock("HANDLER_CLEANUP", null, null, h.name);
    compileStmts(c, h.body);
    c.popFBlock("HANDLER_CLEANUP");
    c.setPosition(null);
    c.u.emitPopBlock();
    if (h.name !== null) clearHandlerName(c, h.name);
    c.emitJump(Op.JUMP_FORWARD, nextHandler);

    c.place(cleanupEnd); // [prev, orig, raised, rest, lasti, exc2]
    c.setPosition(null);
    if (h.name !== null) clearHandlerName(c, h.name);
    c.emit(Op.LIST_APPEND, 3);
    c.emit(Op.POP_TOP); // lasti
    c.emitJump(Op.JUMP_FORWARD, withError);

    c.place(nextHandler);
    c.emit(Op.NOP);
    c.emitJump(Op.JUMP_FORWARD, withError);

    c.place(noMatch);
    c.emit(Op.POP_TOP); // the None match

    c.place(withError); // [prev, orig, raised, rest]
    if (i === n - 1) {
      c.emit(Op.LIST_APPEND, 1); // [prev, orig, raised]
      c.emitJump(Op.JUMP_FORWARD, reraiseStar);
    }
  });
  c.popFBlock("EXCEPTION_GROUP_HANDLER");

  const reraise = c.newLabel();
  c.place(reraiseStar);
  c.setPosition(null);
  c.emit(Op.PREP_RERAISE_STAR); // [prev, exc or None]
  c.emit(Op.COPY, 1);
  c.emitJump(Op.POP_JUMP_IF_NOT_NONE, reraise);
  c.emit(Op.POP_TOP);
  c.u.emitPopBlock();
  c.emit(Op.POP_EXCEPT);
  c.emitJump(Op.JUMP_FORWARD, end);

  c.place(reraise);
  c.u.emitPopBlock();
  c.emit(Op.SWAP, 2);
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.RERAISE, 0);

  c.place(cleanup);
  emitPopExceptAndReraise(c);

  c.place(orelse);
  compileStmts(c, s.orelse);
  c.place(end);
}

// ---- with

/** After WITH_EXCEPT_START: [exit, lasti, prev, exc, result]; swallow or re-raise. */
function emitWithExceptFinish(c: Compiler, cleanup: Label): void {
  c.setPosition(null);
  const suppress = c.newLabel();
  c.emitJump(Op.POP_JUMP_IF_TRUE, suppress);
  c.emit(Op.RERAISE, 2);
  c.place(cleanup);
  emitPopExceptAndReraise(c);
  c.place(suppress); // [exit, lasti, prev, exc]
  c.emit(Op.POP_TOP);
  c.u.emitPopBlock();
  c.emit(Op.POP_EXCEPT);
  c.emit(Op.POP_TOP);
  c.emit(Op.POP_TOP);
}

export function compileWith(c: Compiler, s: A.With, index: number): void {
  compileWithItems(c, s, index, false);
}

export function compileAsyncWith(c: Compiler, s: A.AsyncWith, index: number): void {
  if (c.scopeKind !== "async_function") c.error("'async with' outside async function", s);
  compileWithItems(c, s, index, true);
}

function compileWithItems(c: Compiler, s: A.With | A.AsyncWith, index: number, isAsync: boolean): void {
  const item = s.items[index]!;
  const onException = c.newLabel();
  const exit = c.newLabel();
  const cleanup = c.newLabel();
  compileExpr(c, item.context_expr);
  c.setPosition(s);
  if (isAsync) {
    c.emit(Op.BEFORE_ASYNC_WITH);
    emitAwait(c, 1);
  } else {
    c.emit(Op.BEFORE_WITH); // [exit, value]
  }
  c.u.emitSetup(Op.SETUP_WITH, onException);
  c.pushFBlock(isAsync ? "ASYNC_WITH" : "WITH", null, null, s);
  if (item.optional_vars !== null) compileStore(c, item.optional_vars);
  else c.emit(Op.POP_TOP);
  if (index + 1 < s.items.length) compileWithItems(c, s, index + 1, isAsync);
  else compileStmts(c, s.body);
  c.popFBlock(isAsync ? "ASYNC_WITH" : "WITH");
  c.setPosition(s);
  c.u.emitPopBlock();
  emitCallExitWithNones(c);
  if (isAsync) emitAwait(c, 2);
  c.emit(Op.POP_TOP);
  c.emitJump(Op.JUMP_FORWARD, exit);

  c.place(onException); // [exit, lasti, exc]
  c.setPosition(s); // WITH_EXCEPT_START is the `with` statement (an error in __exit__ points there)
  c.u.emitSetup(Op.SETUP_CLEANUP, cleanup);
  c.emit(Op.PUSH_EXC_INFO); // [exit, lasti, prev, exc]
  c.emit(Op.WITH_EXCEPT_START);
  if (isAsync) emitAwait(c, 2);
  emitWithExceptFinish(c, cleanup);
  c.place(exit);
}
