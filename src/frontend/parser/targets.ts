// Assignment, for-loop and del targets.
//
// Targets are parsed as ordinary expressions (primaries, or star_expressions for
// assignments) and then converted in place: `setContext` walks Name/Attribute/Subscript/
// Starred/List/Tuple setting ctx to Store or Del, and reports the first node that cannot be
// a target with CPython's message ("cannot assign to function call", "cannot delete
// literal", ...).

import type { Expr, ExprContext } from "../ast-table.js";
import { T } from "../tokens.js";
import { FAIL, Parser, exprName } from "./core.js";
import { primary } from "./expressions.js";

/** The first sub-expression of `e` that cannot be a target, or null. */
export function invalidTarget(e: Expr, del: boolean): Expr | null {
  switch (e._type) {
    case "Name": case "Attribute": case "Subscript":
      return null;
    case "Starred":
      return del ? e : invalidTarget(e.value, del);
    case "List": case "Tuple":
      for (const x of e.elts) {
        const bad = invalidTarget(x, del);
        if (bad !== null) return bad;
      }
      return null;
    case "Compare":
      // `for x in y in z`-style mistakes are reported on the left operand, as CPython does.
      if (!del && e.ops[0] === "In") return invalidTarget(e.left, del);
      return e;
    default:
      return e;
  }
}

export function setContext(p: Parser, e: Expr, ctx: ExprContext): void {
  switch (e._type) {
    case "Name": case "Attribute": case "Subscript":
      e.ctx = ctx;
      return;
    case "Starred":
      if (ctx === "Del") break;
      e.ctx = ctx;
      setContext(p, e.value, ctx);
      return;
    case "List": case "Tuple":
      e.ctx = ctx;
      for (const x of e.elts) setContext(p, x, ctx);
      return;
  }
  const bad = invalidTarget(e, ctx === "Del") ?? e;
  throw p.errorNodes(`cannot ${ctx === "Del" ? "delete" : "assign to"} ${exprName(bad)}`, bad);
}

/** star_targets where a primary-level parse is needed (for loops, comprehensions). */
export function starTargets(p: Parser): Expr {
  const first = starTarget(p);
  if (p.k !== T.COMMA) {
    setContext(p, first, "Store");
    return first;
  }
  const elts = [first];
  while (p.k === T.COMMA) {
    p.next();
    if (!startsTarget(p.k)) break;
    elts.push(starTarget(p));
  }
  const t = p.end<Expr>({ _type: "Tuple", elts, ctx: "Store", lineno: first.lineno, col_offset: first.col_offset, end_lineno: 0, end_col_offset: 0 });
  setContext(p, t, "Store");
  return t;
}

/** One star_target (a with-item's `as` target). */
export function singleTarget(p: Parser): Expr {
  const t = starTarget(p);
  setContext(p, t, "Store");
  return t;
}

function startsTarget(k: T): boolean {
  return k === T.NAME || k === T.LPAR || k === T.LSQB || k === T.STAR;
}

function starTarget(p: Parser): Expr {
  if (p.k === T.STAR) {
    const s = p.i;
    p.next();
    if (p.k === T.STAR) throw FAIL;
    const value = starTarget(p);
    return { _type: "Starred", value, ctx: "Store", lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: value.end_lineno, end_col_offset: value.end_col_offset };
  }
  return targetPrimary(p);
}

/** A primary used as a target; literals and calls parse here and are rejected by setContext. */
function targetPrimary(p: Parser): Expr {
  return primary(p);
}

/** del_targets: `,`-separated primaries, with an optional trailing comma. */
export function delTargets(p: Parser): Expr[] {
  const targets: Expr[] = [];
  for (;;) {
    const t = primary(p);
    setContext(p, t, "Del");
    targets.push(t);
    if (p.k !== T.COMMA) break;
    p.next();
    if (!startsTarget(p.k)) break;
  }
  return targets;
}
