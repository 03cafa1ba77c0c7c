// Assignment targets and the statements that bind or unbind them: `=` (chained and with
// unpacking, starred or not), augmented assignment, annotated assignment, `del`.
//
// compileStore(c, target) expects the value on TOS and consumes it; it is also what `for`,
// `with ... as`, `except ... as`, imports and the walrus use.

import type * as A from "../ast-table.js";
import { CO_FUTURE_ANNOTATIONS } from "../code.js";
import { BINARY_OPS, Op } from "../opcodes.js";
import type { Compiler } from "./context.js";
import { BINOP_ARG, compileExpr } from "./expressions.js";
import { compileAnnotationValue } from "./functions.js";

export function compileStore(c: Compiler, target: A.Expr): void {
  c.at(target, () => {
    switch (target._type) {
      case "Name":
        c.nameOp(target.id, "Store");
        return;
      case "Attribute":
        if (target.attr === "__debug__") c.error("cannot assign to __debug__", target);
        compileExpr(c, target.value);
        c.emitName(Op.STORE_ATTR, c.mangle(target.attr));
        return;
      case "Subscript":
        compileExpr(c, target.value);
        compileExpr(c, target.slice);
        c.emit(Op.STORE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        compileUnpack(c, target.elts, target);
        return;
      case "Starred":
        c.error("starred assignment target must be in a list or tuple", target);
      // falls through: error() never returns
      default:
        c.error(`cannot assign to ${target._type}`, target);
    }
  });
}

function compileUnpack(c: Compiler, elts: readonly A.Expr[], node: A.Expr): void {
  let starIndex = -1;
  elts.forEach((elt, i) => {
    if (elt._type !== "Starred") return;
    if (starIndex >= 0) c.error("multiple starred expressions in assignment", node);
    starIndex = i;
  });
  if (starIndex >= 0) {
    const after = elts.length - starIndex - 1;
    if (starIndex >= 1 << 8 || after >= 1 << 16) c.error("too many expressions in star-unpacking assignment", node);
    c.emit(Op.UNPACK_EX, starIndex | (after << 8));
  } else {
    // `a, b = b, a`: CPython's peephole turns BUILD_TUPLE n + UNPACK_SEQUENCE n into a
    // stack permutation for n <= 3 (no tuple is built): n = 1 leaves the item as it is, and
    // for 2 and 3 one SWAP reverses the items
    const last = c.lastInBlock();
    if (last !== null && last.op === Op.BUILD_TUPLE && last.arg === elts.length && elts.length <= 3) {
      if (elts.length === 1) last.op = Op.NOP;
      else last.op = Op.SWAP;
    } else c.emit(Op.UNPACK_SEQUENCE, elts.length);
  }
  for (const elt of elts) compileStore(c, elt._type === "Starred" ? elt.value : elt);
}

export function compileAssign(c: Compiler, s: A.Assign): void {
  compileExpr(c, s.value);
  s.targets.forEach((t, i) => {
    if (i < s.targets.length - 1) c.emit(Op.COPY, 1);
    compileStore(c, t);
  });
}

export function compileAugAssign(c: Compiler, s: A.AugAssign): void {
  const inplace = BINOP_ARG.get(s.op)! + BINARY_OPS.length;
  const t = s.target;
  switch (t._type) {
    case "Name":
      c.at(t, () => c.nameOp(t.id, "Load"));
      compileExpr(c, s.value);
      c.emit(Op.BINARY_OP, inplace);
      c.at(t, () => c.nameOp(t.id, "Store"));
      return;
    case "Attribute":
      compileExpr(c, t.value);
      c.emit(Op.COPY, 1);
      c.at(t, () => c.emitName(Op.LOAD_ATTR, c.mangle(t.attr)));
      compileExpr(c, s.value);
      c.emit(Op.BINARY_OP, inplace);
      c.emit(Op.SWAP, 2);
      c.at(t, () => c.emitName(Op.STORE_ATTR, c.mangle(t.attr)));
      return;
    case "Subscript":
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.emit(Op.COPY, 2);
      c.emit(Op.COPY, 2);
      c.at(t, () => c.emit(Op.BINARY_SUBSCR));
      compileExpr(c, s.value);
      c.emit(Op.BINARY_OP, inplace);
      c.emit(Op.SWAP, 3);
      c.emit(Op.SWAP, 2);
      c.at(t, () => c.emit(Op.STORE_SUBSCR));
      return;
    default:
      c.error(`'${t._type}' is an illegal expression for augmented assignment`, t);
  }
}

function annotationsAreEvaluated(c: Compiler): boolean {
  return c.scopeKind === "module" || c.scopeKind === "class";
}

/** Evaluates an expression for its side effects only (annotation of a complex target). */
function checkAnnExpr(c: Compiler, e: A.Expr): void {
  compileExpr(c, e);
  c.emit(Op.POP_TOP);
}

export function compileAnnAssign(c: Compiler, s: A.AnnAssign): void {
  const t = s.target;
  if (s.value !== null) {
    compileExpr(c, s.value);
    compileStore(c, t);
  }
  const future = (c.futureFlags & CO_FUTURE_ANNOTATIONS) !== 0;
  switch (t._type) {
    case "Name":
      if (s.simple && annotationsAreEvaluated(c)) {
        compileAnnotationValue(c, s.annotation);
        c.nameOp("__annotations__", "Load");
        c.loadConst(c.mangle(t.id));
        c.emit(Op.STORE_SUBSCR);
      }
      break;
    case "Attribute":
      if (s.value === null) checkAnnExpr(c, t.value);
      break;
    case "Subscript":
      if (s.value === null) {
        checkAnnExpr(c, t.value);
        checkAnnSubscript(c, t.slice);
      }
      break;
    default:
      c.error(`invalid node type ${t._type} for annotated assignment`, t);
  }
  if (!s.simple && !future && annotationsAreEvaluated(c)) checkAnnExpr(c, s.annotation);
}

function checkAnnSubscript(c: Compiler, e: A.Expr): void {
  if (e._type === "Slice") {
    for (const part of [e.lower, e.upper, e.step]) if (part !== null) checkAnnExpr(c, part);
  } else if (e._type === "Tuple") {
    for (const elt of e.elts) checkAnnSubscript(c, elt);
  } else {
    checkAnnExpr(c, e);
  }
}

export function compileDelete(c: Compiler, s: A.Delete): void {
  for (const t of s.targets) compileDeleteTarget(c, t);
}

function compileDeleteTarget(c: Compiler, t: A.Expr): void {
  c.at(t, () => {
    switch (t._type) {
      case "Name":
        c.nameOp(t.id, "Del");
        return;
      case "Attribute":
        compileExpr(c, t.value);
        c.emitName(Op.DELETE_ATTR, c.mangle(t.attr));
        return;
      case "Subscript":
        compileExpr(c, t.value);
        compileExpr(c, t.slice);
        c.emit(Op.DELETE_SUBSCR);
        return;
      case "Tuple":
      case "List":
        for (const elt of t.elts) compileDeleteTarget(c, elt);
        return;
      default:
        c.error(`cannot delete ${t._type}`, t);
    }
  });
}
