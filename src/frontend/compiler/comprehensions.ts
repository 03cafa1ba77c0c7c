// Comprehensions and generator expressions (Python 3.11: each is a function of its own).
//
// The enclosing scope evaluates the first iterable, gets its iterator (GET_ITER, or GET_AITER
// for `async for`), builds the comprehension function and calls it with the iterator as the
// single argument `.0`. Inside, each `for` clause is a loop nested in the previous one; the
// result container (list/set/dict) sits at the bottom of the stack below one iterator per
// clause, so LIST_APPEND/SET_ADD/MAP_ADD reach it at depth (number of clauses + 1). A
// generator expression yields instead. Comprehensions that await are coroutines, and their
// call is awaited in the enclosing scope.

import type * as A from "../ast-table.js";
import { Op } from "../opcodes.js";
import { compileStore } from "./assign.js";
import type { Compiler } from "./context.js";
import { compileExpr, compileJumpIf, compileSendLoop, emitAwait, emitYieldValue } from "./expressions.js";
import { codeFlags, makeClosure } from "./functions.js";

type ComprehensionNode = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

const UNIT_NAMES: Record<ComprehensionNode["_type"], string> = {
  ListComp: "<listcomp>",
  SetComp: "<setcomp>",
  DictComp: "<dictcomp>",
  GeneratorExp: "<genexpr>",
};

export function compileComprehension(c: Compiler, e: ComprehensionNode): void {
  const outerScope = c.scopeKind;
  const unit = c.enterUnit(e, "comprehension", UNIT_NAMES[e._type], e.lineno);
  const block = unit.block;
  const isAsync = block.isCoroutine;
  if (isAsync && e._type !== "GeneratorExp" && outerScope !== "async_function" && outerScope !== "comprehension") {
    c.exitUnit();
    c.error("asynchronous comprehension outside of an asynchronous function", e);
  }
  unit.argcount = 1;
  c.setPosition(e);
  switch (e._type) {
    case "ListComp":
      c.emit(Op.BUILD_LIST, 0);
      break;
    case "SetComp":
      c.emit(Op.BUILD_SET, 0);
      break;
    case "DictComp":
      c.emit(Op.BUILD_MAP, 0);
      break;
    case "GeneratorExp":
      break;
  }
  compileGenerator(c, e, 0);
  c.setPosition(e);
  if (e._type === "GeneratorExp") c.loadConst(null);
  c.emit(Op.RETURN_VALUE);
  const code = c.assembleUnit(codeFlags(c, block));
  c.exitUnit();

  c.setPosition(e);
  makeClosure(c, code, 0);
  const first = e.generators[0]!;
  compileExpr(c, first.iter);
  c.setPosition(e);
  c.emit(first.is_async ? Op.GET_AITER : Op.GET_ITER);
  c.emit(Op.CALL, 0); // [func, iterator]: the iterator fills the self slot, i.e. func(iterator)
  if (isAsync && e._type !== "GeneratorExp") emitAwait(c, 0);
}

/** Compiles clause `index` and, inside it, the rest; `index` iterators are below. */
function compileGenerator(c: Compiler, e: ComprehensionNode, index: number): void {
  const gen = e.generators[index]!;
  const head = c.newLabel();
  const next = c.newLabel();
  const exhausted = c.newLabel();
  if (index === 0) {
    c.emit(Op.LOAD_FAST, c.u.addVarname(".0"));
  } else {
    compileExpr(c, gen.iter);
    c.setPosition(gen.iter);
    c.emit(gen.is_async ? Op.GET_AITER : Op.GET_ITER);
  }
  c.place(head);
  if (gen.is_async) {
    c.pushFBlock("ASYNC_COMPREHENSION_GENERATOR", head, null);
    c.u.emitSetup(Op.SETUP_FINALLY, exhausted);
    c.emit(Op.GET_ANEXT);
    c.loadConst(null);
    compileSendLoop(c);
    c.u.emitPopBlock();
  } else {
    c.emitJump(Op.FOR_ITER, exhausted);
  }
  compileStore(c, gen.target);
  for (const cond of gen.ifs) compileJumpIf(c, cond, next, false);
  if (index + 1 < e.generators.length) {
    compileGenerator(c, e, index + 1);
  } else {
    const depth = e.generators.length + 1;
    switch (e._type) {
      case "GeneratorExp":
        compileExpr(c, e.elt);
        emitYieldValue(c);
        c.emit(Op.POP_TOP);
        break;
      case "ListComp":
        compileExpr(c, e.elt);
        c.emit(Op.LIST_APPEND, depth);
        break;
      case "SetComp":
        compileExpr(c, e.elt);
        c.emit(Op.SET_ADD, depth);
        break;
      case "DictComp":
        compileExpr(c, e.key);
        compileExpr(c, e.value);
        c.emit(Op.MAP_ADD, depth);
        break;
    }
  }
  c.place(next);
  c.emitJump(Op.JUMP_BACKWARD, head);
  c.place(exhausted);
  if (gen.is_async) {
    c.popFBlock("ASYNC_COMPREHENSION_GENERATOR");
    c.emit(Op.END_ASYNC_FOR);
  }
}
