// The `match` statement and its patterns.
//
// `match` is a soft keyword: a statement starting with the NAME `match` is tried as a match
// statement, and if the subject is not followed by `:` the parser rewinds and parses the
// line as an ordinary statement (`match = 1`, `match(x)`). Once `match <subject>:` is seen,
// it is committed. Patterns follow the PEG grammar directly; value patterns reuse the
// expression nodes (Constant, UnaryOp, BinOp for complex literals, Attribute chains).

import type { Expr, MatchCase, Pattern, Stmt } from "../ast-table.js";
import { PyComplex } from "../constants.js";
import { T } from "../tokens.js";
import { FAIL, Parser } from "./core.js";
import { expression, namedExpression, parseNumber, starNamedExpression } from "./expressions.js";
import { block } from "./statements.js";
import { strings } from "./strings-glue.js";

export function matchStatement(p: Parser): Stmt | null {
  const s = p.i;
  let subject: Expr;
  try {
    p.next();
    subject = subjectExpr(p);
  } catch (e) {
    if (e !== FAIL) throw e;
    subject = null!;
  }
  if (subject === null || p.k !== T.COLON) {
    // CPython's invalid_match_stmt: if the parse fails anywhere, its second pass reports
    // "expected ':'" at this statement (parseModule acts on the flag).
    if (subject !== null && p.k === T.NEWLINE) p.matchNewline = true;
    p.i = s;
    p.k = p.kinds[s]!;
    return null;
  }
  p.next();
  if (p.k !== T.NEWLINE) throw FAIL;
  p.next();
  if (p.k !== T.INDENT) throw p.errorTokens(`expected an indented block after 'match' statement on line ${p.lines[s]}`, p.i, p.i, "IndentationError");
  p.next();
  const cases: MatchCase[] = [];
  while (p.k !== T.DEDENT) {
    if (!p.isName("case")) throw FAIL;
    const c = p.i;
    p.next();
    const pattern = patterns(p);
    let guard: Expr | null = null;
    if (p.k === T.IF) {
      p.next();
      guard = namedExpression(p);
    }
    if (p.k !== T.COLON) {
      if (p.k === T.NEWLINE) throw p.errorTokens("expected ':'", p.i);
      throw FAIL;
    }
    p.next();
    const body = block(p, "'case' statement", c);
    cases.push({ _type: "match_case", pattern, guard, body });
  }
  p.next();
  return p.endReal<Stmt>({ _type: "Match", subject, cases, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function subjectExpr(p: Parser): Expr {
  const s = p.i;
  const first = starNamedExpression(p);
  if (p.k !== T.COMMA) {
    if (first._type === "Starred") throw FAIL;
    return first;
  }
  const elts = [first];
  while (p.k === T.COMMA) {
    p.next();
    if (p.k === T.COLON) break;
    elts.push(starNamedExpression(p));
  }
  return p.at(s, { _type: "Tuple", elts, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function patterns(p: Parser): Pattern {
  const s = p.i;
  const first = maybeStarPattern(p);
  if (p.k !== T.COMMA) {
    if (first._type === "MatchStar") throw FAIL;
    return first;
  }
  const list = [first];
  while (p.k === T.COMMA) {
    p.next();
    if (p.k === T.COLON || p.k === T.IF) break;
    list.push(maybeStarPattern(p));
  }
  return p.end({ _type: "MatchSequence", patterns: list, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function maybeStarPattern(p: Parser): Pattern {
  if (p.k !== T.STAR) return pattern(p);
  const s = p.i;
  p.next();
  const name = p.name();
  return p.end({ _type: "MatchStar", name: name === "_" ? null : name, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function pattern(p: Parser): Pattern {
  const s = p.i;
  const orp = orPattern(p);
  if (p.k !== T.AS) return orp;
  p.next();
  const n = p.i;
  if (p.k !== T.NAME) {
    // invalid_as_pattern: `as` followed by an expression that is not a name.
    const e = expression(p);
    throw p.errorNodes("invalid pattern target", e);
  }
  const name = p.name();
  if (name === "_") throw p.errorTokens("cannot use '_' as a target", n);
  if (p.k === T.DOT || p.k === T.LPAR || p.k === T.EQUAL) throw FAIL;
  return p.at(s, { _type: "MatchAs", pattern: orp, name, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function orPattern(p: Parser): Pattern {
  const s = p.i;
  const first = closedPattern(p);
  if (p.k !== T.VBAR) return first;
  const list = [first];
  while (p.k === T.VBAR) {
    p.next();
    list.push(closedPattern(p));
  }
  return p.at(s, { _type: "MatchOr", patterns: list, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function closedPattern(p: Parser): Pattern {
  const s = p.i;
  switch (p.k) {
    case T.NUMBER: case T.MINUS: case T.STRING: {
      const value = literalExpr(p);
      return p.at(s, { _type: "MatchValue", value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.NONE: case T.TRUE: case T.FALSE: {
      const value = p.k === T.NONE ? null : p.k === T.TRUE;
      p.next();
      return p.end({ _type: "MatchSingleton", value, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
    }
    case T.NAME: {
      const name = p.values[s]!;
      if (p.peek(1) !== T.DOT && p.peek(1) !== T.LPAR) {
        p.next();
        if (p.k === T.EQUAL) throw FAIL;
        return p.end({ _type: "MatchAs", pattern: null, name: name === "_" ? null : name, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
      }
      const cls = nameOrAttr(p);
      if (p.k === T.LPAR) return classPattern(p, s, cls);
      if (cls._type === "Name") throw FAIL;
      return p.at(s, { _type: "MatchValue", value: cls, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.LPAR: {
      p.next();
      if (p.k === T.RPAR) {
        p.next();
        return p.end({ _type: "MatchSequence", patterns: [], lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
      }
      const first = maybeStarPattern(p);
      if (p.k === T.RPAR && first._type !== "MatchStar") {
        p.next();
        return first;
      }
      const list = sequenceRest(p, first, T.RPAR);
      if (list.length === 1 && p.kinds[p.i - 2] !== T.COMMA) throw FAIL;
      return p.end({ _type: "MatchSequence", patterns: list, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
    }
    case T.LSQB: {
      p.next();
      let list: Pattern[] = [];
      if (p.k === T.RSQB) p.next();
      else list = sequenceRest(p, maybeStarPattern(p), T.RSQB);
      return p.end({ _type: "MatchSequence", patterns: list, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
    }
    case T.LBRACE:
      return mappingPattern(p);
  }
  throw FAIL;
}

/** The rest of a bracketed sequence pattern after its first element, consuming `close`. */
function sequenceRest(p: Parser, first: Pattern, close: T): Pattern[] {
  const list = [first];
  while (p.k === T.COMMA) {
    p.next();
    if (p.k === close) break;
    list.push(maybeStarPattern(p));
  }
  p.expect(close);
  return list;
}

function nameOrAttr(p: Parser): Expr {
  const s = p.i;
  let e: Expr = { _type: "Name", id: p.name(), ctx: "Load", lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: p.endLines[s]!, end_col_offset: p.endCols[s]! };
  while (p.k === T.DOT) {
    p.next();
    const attr = p.name();
    e = p.end<Expr>({ _type: "Attribute", value: e, attr, ctx: "Load", lineno: e.lineno, col_offset: e.col_offset, end_lineno: 0, end_col_offset: 0 });
  }
  return e;
}

function classPattern(p: Parser, s: number, cls: Expr): Pattern {
  p.next();
  const positional: Pattern[] = [];
  const kwdAttrs: string[] = [];
  const kwdPatterns: Pattern[] = [];
  while (p.k !== T.RPAR) {
    if (p.k === T.NAME && p.peek(1) === T.EQUAL) {
      kwdAttrs.push(p.name());
      p.next();
      kwdPatterns.push(pattern(p));
    } else {
      const pat = pattern(p);
      if (kwdAttrs.length > 0) throw p.errorNodes("positional patterns follow keyword patterns", pat);
      positional.push(pat);
    }
    if (p.k !== T.COMMA) break;
    p.next();
  }
  p.expect(T.RPAR);
  return p.at(s, { _type: "MatchClass", cls, patterns: positional, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function mappingPattern(p: Parser): Pattern {
  const s = p.i;
  p.next();
  const keys: Expr[] = [];
  const pats: Pattern[] = [];
  let rest: string | null = null;
  while (p.k !== T.RBRACE) {
    if (p.k === T.DOUBLESTAR) {
      p.next();
      if (p.isName("_")) throw FAIL; // pattern_capture_target: !"_" NAME
      rest = p.name();
      p.eat(T.COMMA);
      break;
    }
    let key: Expr;
    if (p.k === T.NAME) {
      key = nameOrAttr(p);
      if (key._type === "Name") throw FAIL;
    } else if (p.k === T.NONE || p.k === T.TRUE || p.k === T.FALSE) {
      const k = p.i;
      const value = p.k === T.NONE ? null : p.k === T.TRUE;
      p.next();
      key = { _type: "Constant", value, kind: null, lineno: p.lines[k]!, col_offset: p.cols[k]!, end_lineno: p.endLines[k]!, end_col_offset: p.endCols[k]! };
    } else key = literalExpr(p);
    p.expect(T.COLON);
    keys.push(key);
    pats.push(pattern(p));
    if (p.k !== T.COMMA) break;
    p.next();
  }
  p.expect(T.RBRACE);
  return p.end({ _type: "MatchMapping", keys, patterns: pats, rest, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

/** signed_number, complex_number or strings, as an expression. */
function literalExpr(p: Parser): Expr {
  if (p.k === T.STRING) return strings(p);
  const s = p.i;
  let left: Expr;
  if (p.k === T.MINUS) {
    p.next();
    const n = real(p, number(p));
    left = p.at(s, { _type: "UnaryOp", op: "USub", operand: n, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  } else left = real(p, number(p));
  if (p.k !== T.PLUS && p.k !== T.MINUS) return left;
  const op = p.k === T.PLUS ? "Add" : "Sub";
  p.next();
  const right = number(p);
  if (!(right._type === "Constant" && right.value instanceof PyComplex)) throw p.errorNodes("imaginary number required in complex literal", right);
  return p.at(s, { _type: "BinOp", left, op, right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/** CPython's _PyPegen_ensure_real, for the real part of a complex literal. */
function real(p: Parser, n: Expr): Expr {
  if (n._type === "Constant" && n.value instanceof PyComplex && (p.k === T.PLUS || p.k === T.MINUS)) {
    throw p.errorNodes("real number required in complex literal", n);
  }
  return n;
}

/** One NUMBER token as a Constant. */
function number(p: Parser): Expr {
  if (p.k !== T.NUMBER) throw FAIL;
  const s = p.i;
  p.next();
  return { _type: "Constant", value: parseNumber(p.values[s]!), kind: null, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: p.endLines[s]!, end_col_offset: p.endCols[s]! };
}
