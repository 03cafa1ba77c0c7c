// Expressions: Python 3.11's expression grammar by recursive descent.
//
// Levels follow Grammar/python.gram: star_expressions > expression (lambda, if-else) >
// disjunction > conjunction > inversion > comparison > bitwise_or .. term (one precedence
// climbing loop, `binary`) > factor (unary) > power > await > primary (calls, attributes,
// subscripts) > atom. Parenthesized forms are told apart after the first element: `)` makes
// a group, `,` a tuple, `for` a generator expression, so no backtracking is needed.
//
// Locations: a node spans from its first token (or first child) to the last token consumed;
// a parenthesized group keeps its inner expression's location, as in CPython.

import type { Comprehension, Constant, Expr } from "../ast-table.js";
import { ELLIPSIS, PyComplex, type ConstantValue } from "../constants.js";
import { T } from "../tokens.js";
import { PySyntaxError } from "../errors.js";
import { callArguments, lambdaParameters } from "./arguments.js";
import { FAIL, Parser, exprName } from "./core.js";
import { strings } from "./strings-glue.js";
import { starTargets } from "./targets.js";

type OpName = "Add" | "Sub" | "Mult" | "MatMult" | "Div" | "Mod" | "Pow" | "LShift" | "RShift" | "BitOr" | "BitXor" | "BitAnd" | "FloorDiv";

// Binary operator precedence (1 = lowest, `|`) and names, indexed by token kind.
const PREC = new Uint8Array(256);
const BINOP: OpName[] = [];
function binop(k: T, prec: number, name: OpName): void {
  PREC[k] = prec;
  BINOP[k] = name;
}
binop(T.VBAR, 1, "BitOr");
binop(T.CIRCUMFLEX, 2, "BitXor");
binop(T.AMPER, 3, "BitAnd");
binop(T.LEFTSHIFT, 4, "LShift");
binop(T.RIGHTSHIFT, 4, "RShift");
binop(T.PLUS, 5, "Add");
binop(T.MINUS, 5, "Sub");
binop(T.STAR, 6, "Mult");
binop(T.SLASH, 6, "Div");
binop(T.DOUBLESLASH, 6, "FloorDiv");
binop(T.PERCENT, 6, "Mod");
binop(T.AT, 6, "MatMult");

/** Token kinds that can begin an expression (star_expression). */
export const STARTS_EXPR = new Uint8Array(256);
for (const k of [T.NAME, T.NUMBER, T.STRING, T.LPAR, T.LSQB, T.LBRACE, T.MINUS, T.PLUS, T.TILDE, T.STAR,
  T.NOT, T.LAMBDA, T.AWAIT, T.TRUE, T.FALSE, T.NONE, T.ELLIPSIS]) STARTS_EXPR[k] = 1;

/** star_expressions: a bare tuple when there is a comma. */
export function starExpressions(p: Parser): Expr {
  const s = p.i;
  const first = starExpression(p);
  if (p.k !== T.COMMA) return first;
  const elts = [first];
  while (p.k === T.COMMA) {
    p.next();
    if (STARTS_EXPR[p.k] === 0) break;
    elts.push(starExpression(p));
  }
  return p.at(s, { _type: "Tuple", elts, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

export function starExpression(p: Parser): Expr {
  if (p.k !== T.STAR) return expression(p);
  const s = p.i;
  p.next();
  const value = bitwiseOr(p);
  return starred(p, s, value);
}

function starred(p: Parser, s: number, value: Expr): Expr {
  return p.at(s, { _type: "Starred", value, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/** star_named_expression: `*` bitwise_or | named_expression. */
export function starNamedExpression(p: Parser): Expr {
  if (p.k !== T.STAR) return namedExpression(p);
  const s = p.i;
  p.next();
  return starred(p, s, bitwiseOr(p));
}

/** star_named_expressions inside brackets, up to (not including) `close`. */
function starNamedList(p: Parser, first: Expr, close: T): Expr[] {
  const elts = [first];
  for (;;) {
    if (p.k === T.COMMA) {
      p.next();
      if (p.k === close) break;
      elts.push(starNamedExpression(p));
    } else if (p.k === close) break;
    else missingComma(p, elts[elts.length - 1]!);
  }
  return elts;
}

/** CPython's invalid_expression: two expressions in a row inside brackets. */
export function missingComma(p: Parser, a: Expr): never {
  if (STARTS_EXPR[p.k] === 1 && p.k !== T.STAR && a._type !== "Starred") {
    const prevKind = p.kinds[p.i - 1];
    const soft = a._type === "Name" && (a.id === "match" || a.id === "case" || a.id === "_");
    if (!(prevKind === T.NAME && p.k === T.STRING) && !soft && a._type !== "Lambda") {
      const save = p.i;
      let b: Expr | null = null;
      p.lenient = true;
      try {
        b = expression(p);
      } catch (e) {
        if (e !== FAIL) throw e;
      } finally {
        p.lenient = false;
      }
      if (b !== null) throw p.errorNodes("invalid syntax. Perhaps you forgot a comma?", a, b);
      p.i = save;
      p.k = p.kinds[save]!;
    }
  }
  throw FAIL;
}

export function expression(p: Parser): Expr {
  if (p.k === T.LAMBDA) return lambdef(p);
  const s = p.i;
  const body = disjunction(p);
  if (p.k !== T.IF) return body;
  p.next();
  const test = disjunction(p);
  if (p.k !== T.ELSE) {
    if (STARTS_EXPR[p.k] === 0 || p.k === T.STAR) throw p.errorNodes("expected 'else' after 'if' expression", body, test);
    throw FAIL;
  }
  p.next();
  const orelse = expression(p);
  return p.at(s, { _type: "IfExp", test, body, orelse, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/**
 * named_expression: NAME `:=` expression | expression. With `checkEq`, a following `=`
 * is reported as CPython's invalid_named_expression does (`if x = 1:`).
 */
export function namedExpression(p: Parser, checkEq = true): Expr {
  if (p.k === T.NAME && p.peek(1) === T.COLONEQUAL) {
    const s = p.i;
    const target: Expr = { _type: "Name", id: p.values[s]!, ctx: "Store", lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: p.endLines[s]!, end_col_offset: p.endCols[s]! };
    p.next();
    p.next();
    const value = expression(p);
    return p.at(s, { _type: "NamedExpr", target, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  const s = p.i;
  const e = expression(p);
  if (p.k === T.COLONEQUAL) throw p.errorNodes(`cannot use assignment expressions with ${exprName(e)}`, e);
  if (p.k === T.EQUAL && checkEq && isBitwiseOr(p, e, s)) invalidEquals(p, e);
  return e;
}

/**
 * Whether `e` (starting at token `s`) parsed as a bitwise_or: the "here. Maybe you meant '=='"
 * rules of CPython's grammar take only those. A parenthesized expression is an atom, and a node
 * that does not start at its first token is parenthesized.
 */
export function isBitwiseOr(p: Parser, e: Expr, s: number): boolean {
  if (e.lineno !== p.lines[s] || e.col_offset !== p.cols[s]) return true;
  switch (e._type) {
    case "Compare": case "BoolOp": case "IfExp": case "Lambda": case "NamedExpr": case "Starred":
    case "Yield": case "YieldFrom":
      return false;
    case "UnaryOp":
      return e.op !== "Not";
  }
  return true;
}

function invalidEquals(p: Parser, a: Expr): void {
  const save = p.i;
  p.next();
  let b: Expr | null = null;
  try {
    b = bitwiseOr(p);
  } catch (e) {
    if (e !== FAIL) throw e;
  }
  if (b !== null && p.k !== T.EQUAL && p.k !== T.COLONEQUAL) {
    if (a._type === "Name") throw p.errorNodes("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
    const t = a._type;
    if (t !== "List" && t !== "Tuple" && t !== "GeneratorExp" && !(t === "Constant" && (a.value === true || a.value === false || a.value === null))) {
      throw p.errorNodes(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a);
    }
  }
  p.i = save;
  p.k = p.kinds[save]!;
}

export function disjunction(p: Parser): Expr {
  const s = p.i;
  const first = conjunction(p);
  if (p.k !== T.OR) return first;
  const values = [first];
  while (p.k === T.OR) {
    const save = p.i;
    p.next();
    const v = p.lenient ? lenient(p, save, conjunction, 0) : conjunction(p);
    if (v === null) break;
    values.push(v);
  }
  if (values.length === 1) return first;
  return p.at(s, { _type: "BoolOp", op: "Or", values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function conjunction(p: Parser): Expr {
  const s = p.i;
  const first = inversion(p);
  if (p.k !== T.AND) return first;
  const values = [first];
  while (p.k === T.AND) {
    const save = p.i;
    p.next();
    const v = p.lenient ? lenient(p, save, inversion, 0) : inversion(p);
    if (v === null) break;
    values.push(v);
  }
  if (values.length === 1) return first;
  return p.at(s, { _type: "BoolOp", op: "And", values, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function inversion(p: Parser): Expr {
  if (p.k !== T.NOT) return comparison(p);
  const s = p.i;
  p.next();
  const operand = inversion(p);
  return p.at(s, { _type: "UnaryOp", op: "Not", operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

type CmpName = "Eq" | "NotEq" | "Lt" | "LtE" | "Gt" | "GtE" | "Is" | "IsNot" | "In" | "NotIn";

function comparison(p: Parser): Expr {
  const s = p.i;
  const left = bitwiseOr(p);
  let ops: CmpName[] | null = null;
  let comparators: Expr[] | null = null;
  for (;;) {
    let op: CmpName;
    switch (p.k) {
      case T.EQEQUAL: op = "Eq"; break;
      case T.NOTEQUAL:
        if (p.tk.source.charCodeAt(p.tk.start[p.i]!) === 60) throw FAIL; // `<>` without barry_as_FLUFL
        op = "NotEq"; break;
      case T.LESS: op = "Lt"; break;
      case T.LESSEQUAL: op = "LtE"; break;
      case T.GREATER: op = "Gt"; break;
      case T.GREATEREQUAL: op = "GtE"; break;
      case T.IN: op = "In"; break;
      case T.NOT:
        if (p.peek(1) !== T.IN) break;
        p.next();
        op = "NotIn";
        break;
      case T.IS:
        if (p.peek(1) === T.NOT) {
          p.next();
          op = "IsNot";
        } else op = "Is";
        break;
      default:
        break;
    }
    if (op! === undefined) break;
    const save = op === "NotIn" || (op === "IsNot") ? p.i - 1 : p.i;
    p.next();
    const right = p.lenient ? lenient(p, save, binary, 1) : bitwiseOr(p);
    if (right === null) break;
    (ops ??= []).push(op);
    (comparators ??= []).push(right);
  }
  if (ops === null) return left;
  return p.at(s, { _type: "Compare", left, ops, comparators: comparators!, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/**
 * In lenient mode (error reporting only), an operator whose right operand fails is left
 * unconsumed, as CPython's PEG parser backtracks to the shorter expression.
 */
function lenient(p: Parser, save: number, f: (p: Parser, n: number) => Expr, n: number): Expr | null {
  try {
    return f(p, n);
  } catch (e) {
    if (e !== FAIL) throw e;
    p.i = save;
    p.k = p.kinds[save]!;
    return null;
  }
}

export function bitwiseOr(p: Parser): Expr {
  return binary(p, 1);
}

function binary(p: Parser, minPrec: number): Expr {
  const s = p.i;
  let left = factor(p);
  for (;;) {
    const prec = PREC[p.k]!;
    if (prec === 0 || prec < minPrec) return left;
    const op = BINOP[p.k]!;
    const save = p.i;
    p.next();
    const right = p.lenient ? lenient(p, save, binary, prec + 1) : binary(p, prec + 1);
    if (right === null) return left;
    left = p.at(s, { _type: "BinOp", left, op, right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
}

function factor(p: Parser): Expr {
  const k = p.k;
  if (k === T.MINUS || k === T.PLUS || k === T.TILDE) {
    const s = p.i;
    p.next();
    const operand = factor(p);
    const op = k === T.MINUS ? "USub" : k === T.PLUS ? "UAdd" : "Invert";
    return p.at(s, { _type: "UnaryOp", op, operand, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  const s = p.i;
  const left = awaitPrimary(p);
  if (p.k !== T.DOUBLESTAR) return left;
  const save = p.i;
  p.next();
  const right = p.lenient ? lenient(p, save, factor, 0) : factor(p);
  if (right === null) return left;
  return p.at(s, { _type: "BinOp", left, op: "Pow", right, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function awaitPrimary(p: Parser): Expr {
  if (p.k !== T.AWAIT) return primary(p);
  const s = p.i;
  p.next();
  const value = primary(p);
  return p.at(s, { _type: "Await", value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/** primary: atom followed by `.name`, `(args)`, `[slices]`. */
export function primary(p: Parser): Expr {
  const s = p.i;
  let e = atom(p);
  for (;;) {
    switch (p.k) {
      case T.DOT: {
        p.next();
        const attr = p.name();
        e = p.at(s, { _type: "Attribute", value: e, attr, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
        continue;
      }
      case T.LPAR: {
        const open = p.i;
        p.next();
        const r = callArguments(p, open);
        e = p.at(s, { _type: "Call", func: e, args: r.args, keywords: r.keywords, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
        continue;
      }
      case T.LSQB: {
        p.next();
        const slice = slices(p);
        p.expect(T.RSQB);
        e = p.at(s, { _type: "Subscript", value: e, slice, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
        continue;
      }
    }
    return e;
  }
}

function slices(p: Parser): Expr {
  const s = p.i;
  const first = slice(p);
  if (p.k !== T.COMMA && first._type !== "Starred") return first;
  const elts = [first];
  while (p.k === T.COMMA) {
    p.next();
    if (p.k === T.RSQB) break;
    elts.push(slice(p));
  }
  return p.at(s, { _type: "Tuple", elts, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function slice(p: Parser): Expr {
  const s = p.i;
  if (p.k === T.STAR) {
    p.next();
    return starred(p, s, bitwiseOr(p));
  }
  let lower: Expr | null = null;
  if (p.k !== T.COLON) {
    lower = namedExpression(p);
    if (p.k !== T.COLON) return lower;
  }
  p.next();
  let upper: Expr | null = null, step: Expr | null = null;
  if (p.k !== T.COLON && p.k !== T.COMMA && p.k !== T.RSQB) upper = expression(p);
  if (p.k === T.COLON) {
    p.next();
    if (p.k !== T.COMMA && p.k !== T.RSQB) step = expression(p);
  }
  return p.end({ _type: "Slice", lower, upper, step, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function atom(p: Parser): Expr {
  const s = p.i;
  const line = p.lines[s]!, col = p.cols[s]!;
  switch (p.k) {
    case T.NAME: {
      p.next();
      return { _type: "Name", id: p.values[s]!, ctx: "Load", lineno: line, col_offset: col, end_lineno: p.endLines[s]!, end_col_offset: p.endCols[s]! };
    }
    case T.NUMBER:
      p.next();
      return constant(p, s, parseNumber(p.values[s]!));
    case T.STRING:
      return strings(p);
    case T.TRUE: p.next(); return constant(p, s, true);
    case T.FALSE: p.next(); return constant(p, s, false);
    case T.NONE: p.next(); return constant(p, s, null);
    case T.ELLIPSIS: p.next(); return constant(p, s, ELLIPSIS);
    case T.LPAR: return parenthesized(p);
    case T.LSQB: {
      p.next();
      if (p.k === T.RSQB) {
        p.next();
        return p.end({ _type: "List", elts: [], ctx: "Load", lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
      }
      const first = starNamedExpression(p);
      if (p.k === T.FOR || p.k === T.ASYNC) {
        const generators = forIfClauses(p);
        starredElement(p, first);
        p.expect(T.RSQB);
        return p.end({ _type: "ListComp", elt: first, generators, lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
      }
      const elts = starNamedList(p, first, T.RSQB);
      p.next();
      return p.end({ _type: "List", elts, ctx: "Load", lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
    }
    case T.LBRACE:
      return braces(p);
  }
  throw FAIL;
}

function constant(p: Parser, s: number, value: ConstantValue): Constant {
  return { _type: "Constant", value, kind: null, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: p.endLines[s]!, end_col_offset: p.endCols[s]! };
}

export function parseNumber(text: string): ConstantValue {
  if (text.indexOf("_") >= 0) text = text.replace(/_/g, "");
  const last = text.charCodeAt(text.length - 1) | 32;
  if (last === 106) return new PyComplex(0, Number(text.slice(0, -1)));
  const c1 = text.charCodeAt(1) | 32;
  if (text.charCodeAt(0) === 48 && (c1 === 120 || c1 === 111 || c1 === 98)) return BigInt(text);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || (c | 32) === 101) return Number(text);
  }
  return BigInt(text);
}

function parenthesized(p: Parser): Expr {
  const s = p.i;
  p.next();
  if (p.k === T.RPAR) {
    p.next();
    return p.end({ _type: "Tuple", elts: [], ctx: "Load", lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
  }
  if (p.k === T.YIELD) {
    const y = yieldExpr(p);
    p.expect(T.RPAR);
    return y;
  }
  if (p.k === T.DOUBLESTAR) {
    // invalid_group: '(' '**' expression ')'.
    p.next();
    expression(p);
    if (p.k === T.RPAR) throw p.errorTokens("cannot use double starred expression here", s + 1);
    throw FAIL;
  }
  const first = starNamedExpression(p);
  if (p.k === T.RPAR) {
    p.next();
    if (first._type === "Starred") throw p.errorNodes("cannot use starred expression here", first);
    return first;
  }
  if (p.k === T.FOR || p.k === T.ASYNC) {
    const generators = forIfClauses(p);
    starredElement(p, first);
    p.expect(T.RPAR);
    return p.end({ _type: "GeneratorExp", elt: first, generators, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
  }
  if (p.k !== T.COMMA) missingComma(p, first);
  const elts = starNamedList(p, first, T.RPAR);
  p.next();
  return p.end({ _type: "Tuple", elts, ctx: "Load", lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function braces(p: Parser): Expr {
  const s = p.i;
  const line = p.lines[s]!, col = p.cols[s]!;
  p.next();
  if (p.k === T.RBRACE) {
    p.next();
    return p.end({ _type: "Dict", keys: [], values: [], lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
  }
  let first: Expr | null = null;
  let firstValue: Expr;
  if (p.k === T.DOUBLESTAR) {
    p.next();
    firstValue = bitwiseOr(p);
    if (p.k === T.FOR || p.k === T.ASYNC) {
      forIfClauses(p);
      if (p.k === T.RBRACE) throw p.errorTokens("dict unpacking cannot be used in dict comprehension", s + 1);
      throw FAIL;
    }
  } else {
    first = starNamedExpression(p);
    // A dict key is an expression: `*a` or an unparenthesized `a := 1` cannot be one.
    if (p.k === T.COLON && (first._type === "Starred" || (first._type === "NamedExpr" && p.kinds[s + 1] !== T.LPAR))) throw FAIL;
    if (p.k !== T.COLON) {
      // A set or set comprehension.
      if (p.k === T.FOR || p.k === T.ASYNC) {
        const generators = forIfClauses(p);
        starredElement(p, first);
        p.expect(T.RBRACE);
        return p.end({ _type: "SetComp", elt: first, generators, lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
      }
      const elts = starNamedList(p, first, T.RBRACE);
      p.next();
      return p.end({ _type: "Set", elts, lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
    }
    p.next();
    firstValue = dictValue(p);
    if (p.k === T.FOR || p.k === T.ASYNC) {
      const generators = forIfClauses(p);
      p.expect(T.RBRACE);
      return p.end({ _type: "DictComp", key: first, value: firstValue, generators, lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
    }
  }
  const keys: (Expr | null)[] = [first];
  const values = [firstValue];
  for (;;) {
    if (p.k === T.RBRACE) break;
    if (p.k !== T.COMMA) missingComma(p, values[values.length - 1]!);
    p.next();
    if (p.k === T.RBRACE) break;
    if (p.k === T.DOUBLESTAR) {
      p.next();
      keys.push(null);
      values.push(bitwiseOr(p));
    } else {
      const key = expression(p);
      // CPython's invalid_kvpair.
      if (p.k !== T.COLON) {
        const e = p.mk("SyntaxError", "':' expected after dictionary key", key.end_lineno, p.bytePos(key.end_lineno, key.end_col_offset) - 1, key.end_lineno, -1);
        throw new PySyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset, e.text, e.endLineno, 0);
      }
      p.next();
      keys.push(key);
      values.push(dictValue(p));
    }
  }
  p.next();
  return p.end({ _type: "Dict", keys, values, lineno: line, col_offset: col, end_lineno: 0, end_col_offset: 0 });
}

/** A value after `key:`, with CPython's invalid_double_starred_kvpairs errors. */
function dictValue(p: Parser): Expr {
  if (p.k === T.STAR) {
    const save = p.i;
    p.next();
    try {
      bitwiseOr(p);
    } catch (x) {
      if (x !== FAIL) throw x;
      p.i = save;
      p.k = T.STAR;
      throw FAIL;
    }
    throw p.errorTokens("cannot use a starred expression in a dictionary value", save, p.i - 1);
  }
  if (p.k === T.RBRACE || p.k === T.COMMA) throw p.errorTokens("expression expected after dictionary key and ':'", p.i - 1);
  return expression(p);
}

/** invalid_comprehension: a starred element before for_if_clauses. */
function starredElement(p: Parser, e: Expr): void {
  if (e._type === "Starred") throw p.errorNodes("iterable unpacking cannot be used in comprehension", e);
}

/** for_if_clauses of a comprehension. */
export function forIfClauses(p: Parser): Comprehension[] {
  const gens: Comprehension[] = [];
  while (p.k === T.FOR || (p.k === T.ASYNC && p.peek(1) === T.FOR)) {
    let isAsync = 0;
    if (p.k === T.ASYNC) {
      isAsync = 1;
      p.next();
    }
    p.next();
    const target = starTargets(p);
    if (p.k !== T.IN) throw FAIL;
    p.next();
    const iter = disjunction(p);
    const ifs: Expr[] = [];
    while (p.k === T.IF) {
      p.next();
      ifs.push(disjunction(p));
    }
    gens.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
  }
  if (gens.length === 0) throw FAIL;
  return gens;
}

/** yield_expr: `yield from` expression | `yield` [star_expressions]. */
export function yieldExpr(p: Parser): Expr {
  const s = p.i;
  p.next();
  if (p.k === T.FROM) {
    p.next();
    const value = expression(p);
    return p.at(s, { _type: "YieldFrom", value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  const value = STARTS_EXPR[p.k] === 1 ? starExpressions(p) : null;
  return p.end({ _type: "Yield", value, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function lambdef(p: Parser): Expr {
  const s = p.i;
  p.next();
  const args = lambdaParameters(p);
  p.expect(T.COLON);
  const body = expression(p);
  return p.at(s, { _type: "Lambda", args, body, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}
