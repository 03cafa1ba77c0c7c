// Statements: simple statements (one dispatch on the first token), assignments (parse the
// left side as star_expressions, then look at `=`, `:` or an augmented operator and convert
// the left side to a target), compound statements and blocks.
//
// A compound statement ends where the last statement of its last block ends (not at the
// NEWLINE/DEDENT tokens that close the block), as in CPython.

import type { Alias, ExceptHandlerNode, Expr, Located, Stmt, WithItem } from "../ast-table.js";
import { AUGASSIGN_OPS, T } from "../tokens.js";
import { callArguments, functionParameters } from "./arguments.js";
import { FAIL, Parser, exprName } from "./core.js";
import { STARTS_EXPR, bitwiseOr, expression, namedExpression, starExpressions, yieldExpr } from "./expressions.js";
import { matchStatement } from "./patterns.js";
import { delTargets, invalidTarget, setContext, singleTarget, starTargets } from "./targets.js";

export function statements(p: Parser, out: Stmt[]): void {
  for (;;) {
    const k = p.k;
    if (k === T.ENDMARKER || k === T.DEDENT) return;
    statement(p, out);
  }
}

function statement(p: Parser, out: Stmt[]): void {
  switch (p.k) {
    case T.IF: out.push(ifStatement(p, p.i)); return;
    case T.WHILE: out.push(whileStatement(p)); return;
    case T.FOR: out.push(forStatement(p, p.i)); return;
    case T.WITH: out.push(withStatement(p, p.i)); return;
    case T.TRY: out.push(tryStatement(p)); return;
    case T.DEF: out.push(funcDef(p, p.i, [])); return;
    case T.CLASS: out.push(classDef(p, [])); return;
    case T.AT: out.push(decorated(p)); return;
    case T.ASYNC: {
      const s = p.i;
      p.next();
      if (p.k === T.DEF) out.push(funcDef(p, s, []));
      else if (p.k === T.FOR) out.push(forStatement(p, s));
      else if (p.k === T.WITH) out.push(withStatement(p, s));
      else throw FAIL;
      return;
    }
    case T.NAME:
      if (p.values[p.i] === "match") {
        const m = matchStatement(p);
        if (m !== null) {
          out.push(m);
          return;
        }
      }
      break;
    case T.INDENT:
      throw p.unexpectedIndent(p.i);
  }
  simpleStatements(p, out);
}

function simpleStatements(p: Parser, out: Stmt[]): void {
  for (;;) {
    out.push(simpleStatement(p));
    if (p.k === T.SEMI) {
      p.next();
      if (p.k === T.NEWLINE) break;
      continue;
    }
    if (p.k !== T.NEWLINE) throw FAIL;
    break;
  }
  p.next();
}

function loc<N extends Located>(p: Parser, s: number, node: N): N {
  node.lineno = p.lines[s]!;
  node.col_offset = p.cols[s]!;
  return p.end(node);
}

function simpleStatement(p: Parser): Stmt {
  const s = p.i;
  switch (p.k) {
    case T.PASS: p.next(); return loc(p, s, { _type: "Pass", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    case T.BREAK: p.next(); return loc(p, s, { _type: "Break", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    case T.CONTINUE: p.next(); return loc(p, s, { _type: "Continue", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    case T.RETURN: {
      p.next();
      const value = STARTS_EXPR[p.k] === 1 ? starExpressions(p) : null;
      return loc(p, s, { _type: "Return", value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.RAISE: {
      p.next();
      let exc: Expr | null = null, cause: Expr | null = null;
      if (STARTS_EXPR[p.k] === 1) {
        exc = expression(p);
        if (p.k === T.FROM) {
          p.next();
          cause = expression(p);
        }
      }
      return loc(p, s, { _type: "Raise", exc, cause, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.GLOBAL: case T.NONLOCAL: {
      const g = p.k === T.GLOBAL;
      p.next();
      const names = [p.name()];
      while (p.k === T.COMMA) {
        p.next();
        names.push(p.name());
      }
      return loc(p, s, g ? { _type: "Global", names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }
        : { _type: "Nonlocal", names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.DEL: {
      p.next();
      const targets = delTargets(p);
      if (p.k !== T.SEMI && p.k !== T.NEWLINE) {
        // CPython's invalid_del_stmt: name the expression that cannot be deleted.
        p.i = s + 1;
        p.k = p.kinds[s + 1]!;
        const e = starExpressions(p);
        const bad = invalidTarget(e, true);
        if (bad !== null) throw p.errorNodes(`cannot delete ${exprName(bad)}`, bad);
        throw FAIL;
      }
      return loc(p, s, { _type: "Delete", targets, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.ASSERT: {
      p.next();
      const test = expression(p);
      let msg: Expr | null = null;
      if (p.k === T.COMMA) {
        p.next();
        msg = expression(p);
      }
      return loc(p, s, { _type: "Assert", test, msg, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
    }
    case T.IMPORT: return importName(p);
    case T.FROM: return importFrom(p);
  }
  return assignmentOrExpression(p, s);
}

function assignmentOrExpression(p: Parser, s: number): Stmt {
  const e = p.k === T.YIELD ? yieldExpr(p) : starExpressions(p);
  const k = p.k;
  if (k === T.COLONEQUAL) walrusStatement(p, s, e);
  if (k === T.EQUAL) {
    const targets = [e];
    const starts = [s];
    let value: Expr;
    for (;;) {
      p.next();
      starts.push(p.i);
      const v = p.k === T.YIELD ? yieldExpr(p) : starExpressions(p);
      if (p.k !== T.EQUAL) {
        value = v;
        break;
      }
      targets.push(v);
    }
    if (targets.some((t, i) => p.kinds[starts[i]!] === T.YIELD || invalidTarget(t, false) !== null)) {
      nameEqualsError(p, s);
      // ... and on the last item of an unparenthesized tuple (star_named_expressions).
      if (e._type === "Tuple" && p.kinds[s] !== T.LPAR) nameEqualsError(p, lastTopLevelItem(p, s, starts[1]! - 1));
    }
    for (let i = 0; i < targets.length; i++) checkAssignTarget(p, targets[i]!, p.kinds[starts[i]!] === T.YIELD);
    return loc(p, s, { _type: "Assign", targets, value, type_comment: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  if (k === T.COLON) {
    const bad = e._type === "Tuple" || e._type === "List" || (e._type !== "Name" && e._type !== "Attribute" && e._type !== "Subscript");
    p.next();
    // The invalid_assignment rules all want an expression after the `:`.
    const annotation = expression(p);
    if (e._type === "Tuple" || e._type === "List") {
      throw p.errorNodes(`only single target (not ${e._type === "Tuple" ? "tuple" : "list"}) can be annotated`, e._type === "Tuple" && p.kinds[s] !== T.LPAR ? e.elts[0]! : e);
    }
    if (bad) throw p.errorNodes("illegal target for annotation", e);
    let value: Expr | null = null;
    if (p.k === T.EQUAL) {
      p.next();
      value = p.k === T.YIELD ? yieldExpr(p) : starExpressions(p);
    }
    e.ctx = "Store";
    const simple = e._type === "Name" && p.kinds[s] !== T.LPAR ? 1 : 0;
    return loc(p, s, { _type: "AnnAssign", target: e, annotation, value, simple, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  const op = AUGASSIGN_OPS[k];
  if (op !== undefined) {
    if (e._type !== "Name" && e._type !== "Attribute" && e._type !== "Subscript") {
      throw p.errorNodes(`'${exprName(e)}' is an illegal expression for augmented assignment`, e);
    }
    p.next();
    const value = p.k === T.YIELD ? yieldExpr(p) : starExpressions(p);
    e.ctx = "Store";
    return loc(p, s, { _type: "AugAssign", target: e, op: op as "Add", value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
  }
  if (k !== T.NEWLINE && k !== T.SEMI) {
    if (e._type === "Name" && p.kinds[s] === T.NAME && STARTS_EXPR[k] === 1 && k !== T.LPAR) {
      if (e.id === "print") throw p.errorTokens("Missing parentheses in call to 'print'. Did you mean print(...)?", s, p.i - 1 + lastExprToken(p));
      if (e.id === "exec") throw p.errorTokens("Missing parentheses in call to 'exec'. Did you mean exec(...)?", s, p.i - 1 + lastExprToken(p));
    }
    if (k === T.NAME || k === T.NUMBER || k === T.STRING) {
      if (k === T.NAME && p.kinds[s] === T.IMPORT) throw FAIL;
    }
    throw FAIL;
  }
  return loc(p, s, { _type: "Expr", value: e, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/** For "print x": how many more tokens the legacy statement's argument spans. */
function lastExprToken(p: Parser): number {
  const save = p.i;
  try {
    starExpressions(p);
  } catch (e) {
    if (e !== FAIL) throw e;
  }
  const n = p.i - save;
  p.i = save;
  p.k = p.kinds[save]!;
  return n;
}

/**
 * CPython reaches invalid_named_expression (through invalid_assignment) before reporting any
 * bad target: `a = b` with a, b bitwise_ors and no `=`/`:=` after b is reported there.
 */
function nameEqualsError(p: Parser, s: number): void {
  const save = p.i;
  p.i = s;
  p.k = p.kinds[s]!;
  try {
    const a = bitwiseOr(p);
    if (p.k === T.EQUAL) {
      p.next();
      bitwiseOr(p);
      if (p.k !== T.EQUAL && p.k !== T.COLONEQUAL) {
        if (p.kinds[s] === T.NAME && p.kinds[s + 1] === T.EQUAL) {
          throw p.errorTokens("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", s, p.i - 1);
        }
        const t = a._type;
        if (t !== "List" && t !== "Tuple" && t !== "GeneratorExp" && !(t === "Constant" && (a.value === true || a.value === false || a.value === null))) {
          throw p.errorNodes(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`, a);
        }
      }
    }
  } catch (e) {
    if (e !== FAIL) throw e;
  }
  p.i = save;
  p.k = p.kinds[save]!;
}

/** `t := v` as a statement: CPython's invalid_named_expression names a bad target. */
function walrusStatement(p: Parser, s: number, e: Expr): void {
  const t = e._type === "Tuple" && p.kinds[s] !== T.LPAR ? e.elts[e.elts.length - 1]! : e;
  if (t._type === "Name") throw FAIL;
  p.next();
  expression(p);
  throw p.errorNodes(`cannot use assignment expressions with ${exprName(t)}`, t);
}

function checkAssignTarget(p: Parser, t: Expr, bareYield: boolean): void {
  if (bareYield) throw p.errorNodes("assignment to yield expression not possible", t);
  const bad = invalidTarget(t, false);
  if (bad === null) {
    setContext(p, t, "Store");
    return;
  }
  throw p.errorNodes(`cannot assign to ${exprName(bad)}`, bad);
}

/** The token after the last bracket-level-0 comma in tokens [s, end). */
function lastTopLevelItem(p: Parser, s: number, end: number): number {
  let depth = 0, last = s;
  for (let j = s; j < end; j++) {
    const k = p.kinds[j]!;
    if (k === T.LPAR || k === T.LSQB || k === T.LBRACE) depth++;
    else if (k === T.RPAR || k === T.RSQB || k === T.RBRACE) depth--;
    else if (k === T.COMMA && depth === 0) last = j + 1;
  }
  return last;
}

// --- Imports -----------------------------------------------------------------------------

function dottedName(p: Parser): string {
  let name = p.name();
  while (p.k === T.DOT) {
    p.next();
    name += "." + p.name();
  }
  return name;
}

function importName(p: Parser): Stmt {
  const s = p.i;
  p.next();
  const names: Alias[] = [];
  for (;;) {
    const a = p.i;
    names.push(aliasRest(p, a, dottedName(p)));
    if (p.k !== T.COMMA) break;
    p.next();
  }
  return loc(p, s, { _type: "Import", names, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

/** The optional `as NAME` after an imported name that started at token `start`, and the alias node. */
function aliasRest(p: Parser, start: number, name: string): Alias {
  let asname: string | null = null;
  if (p.k === T.AS) {
    p.next();
    asname = p.name();
  }
  return loc(p, start, { _type: "alias", name, asname, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

function importFrom(p: Parser): Stmt {
  const s = p.i;
  p.next();
  let level = 0;
  for (;;) {
    if (p.k === T.DOT) level++;
    else if (p.k === T.ELLIPSIS) level += 3;
    else break;
    p.next();
  }
  let module: string | null = null;
  if (level === 0 || p.k !== T.IMPORT) module = dottedName(p);
  p.expect(T.IMPORT);
  const names: Alias[] = [];
  if (p.k === T.STAR) {
    const a = p.i;
    p.next();
    names.push(loc(p, a, { _type: "alias", name: "*", asname: null, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }));
  } else {
    const paren = p.eat(T.LPAR);
    for (;;) {
      const a = p.i;
      names.push(aliasRest(p, a, p.name()));
      if (p.k !== T.COMMA) break;
      p.next();
      if (paren && p.k === T.RPAR) break;
      if (!paren && p.k === T.NEWLINE) throw p.errorTokens("trailing comma not allowed without surrounding parentheses", p.i);
    }
    if (paren) p.expect(T.RPAR);
  }
  return loc(p, s, { _type: "ImportFrom", module, names, level, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
}

// --- Blocks and compound statements -----------------------------------------------------

/** `:` after a compound statement header; `forced` ones report "expected ':'" anywhere. */
function colon(p: Parser, forced: boolean): void {
  if (p.k === T.COLON) {
    p.next();
    return;
  }
  if (forced || p.k === T.NEWLINE) throw p.errorTokens("expected ':'", p.i);
  throw FAIL;
}

/** block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the header for errors. */
export function block(p: Parser, what: string, headerToken: number): Stmt[] {
  const body: Stmt[] = [];
  if (p.k === T.NEWLINE) {
    p.next();
    if (p.k !== T.INDENT) {
      throw p.errorTokens(`expected an indented block after ${what} on line ${p.lines[headerToken]}`, p.i, p.i, "IndentationError");
    }
    p.next();
    statements(p, body);
    p.expect(T.DEDENT);
  } else {
    simpleStatements(p, body);
  }
  return body;
}


function ifStatement(p: Parser, s: number): Stmt {
  const kw = p.k === T.IF ? "'if' statement" : "'elif' statement";
  p.next();
  const test = namedExpression(p);
  colon(p, false);
  const body = block(p, kw, s);
  let orelse: Stmt[] = [];
  if (p.k === T.ELIF) orelse = [ifStatement(p, p.i)];
  else if (p.k === T.ELSE) orelse = elseBlock(p);
  return p.endReal({ _type: "If", test, body, orelse, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function elseBlock(p: Parser): Stmt[] {
  const e = p.i;
  p.next();
  colon(p, true);
  return block(p, "'else' statement", e);
}

function whileStatement(p: Parser): Stmt {
  const s = p.i;
  p.next();
  const test = namedExpression(p);
  colon(p, false);
  const body = block(p, "'while' statement", s);
  const orelse = p.k === T.ELSE ? elseBlock(p) : [];
  return p.endReal({ _type: "While", test, body, orelse, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function forStatement(p: Parser, s: number): Stmt {
  const f = p.i;
  p.next();
  const target = starTargets(p);
  if (p.k !== T.IN) throw FAIL;
  p.next();
  const iter = starExpressions(p);
  colon(p, false);
  const body = block(p, "'for' statement", f);
  const orelse = p.k === T.ELSE ? elseBlock(p) : [];
  const node = { _type: s === f ? "For" : "AsyncFor", target, iter, body, orelse, type_comment: null, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 } as Stmt;
  return p.endReal(node);
}

function withItem(p: Parser, closers: T): WithItem {
  const contextExpr = expression(p);
  let optionalVars: Expr | null = null;
  if (p.k === T.AS) {
    p.next();
    optionalVars = singleTarget(p);
    // invalid_with_stmt: the items followed by NEWLINE.
    if (p.k === T.NEWLINE && closers === T.COLON) throw p.errorTokens("expected ':'", p.i);
    if (p.k !== T.COMMA && p.k !== T.COLON && p.k !== closers) throw FAIL;
  }
  return { _type: "withitem", context_expr: contextExpr, optional_vars: optionalVars };
}

function withStatement(p: Parser, s: number): Stmt {
  const w = p.i;
  p.next();
  let items: WithItem[] | null = null;
  if (p.k === T.LPAR) {
    // Parenthesized with-items, if the `)` is followed by `:`; otherwise the parenthesis
    // belongs to the first expression.
    const save = p.i;
    try {
      p.next();
      const list: WithItem[] = [];
      for (;;) {
        list.push(withItem(p, T.RPAR));
        if (p.k !== T.COMMA) break;
        p.next();
        if (p.k === T.RPAR) break;
      }
      p.expect(T.RPAR);
      if (p.k === T.NEWLINE) throw p.errorTokens("expected ':'", p.i);
      if (p.k !== T.COLON) throw FAIL;
      items = list;
    } catch (e) {
      if (e !== FAIL) throw e;
      p.i = save;
      p.k = p.kinds[save]!;
    }
  }
  if (items === null) {
    items = [];
    for (;;) {
      items.push(withItem(p, T.COLON));
      if (p.k !== T.COMMA) break;
      p.next();
    }
  }
  colon(p, false);
  const body = block(p, "'with' statement", w);
  const node = { _type: s === w ? "With" : "AsyncWith", items, body, type_comment: null, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 } as Stmt;
  return p.endReal(node);
}

function tryStatement(p: Parser): Stmt {
  const s = p.i;
  p.next();
  colon(p, true);
  const body = block(p, "'try' statement", s);
  const handlers: ExceptHandlerNode[] = [];
  let star = -1;
  while (p.k === T.EXCEPT) {
    const h = p.i;
    p.next();
    const isStar = p.k === T.STAR;
    if (isStar) p.next();
    if (star !== -1 && (star === 1) !== isStar) throw p.errorTokens("cannot have both 'except' and 'except*' on the same 'try'", h, p.i - 1);
    star = isStar ? 1 : 0;
    let type: Expr | null = null, name: string | null = null;
    if (p.k !== T.COLON) {
      if (isStar && p.k === T.NEWLINE) throw p.errorTokens("expected one or more exception types", p.i);
      type = expression(p);
      if (p.k === T.COMMA) {
        // `except A, B:` -> CPython's invalid_except_stmt.
        const first = type;
        p.next();
        const rest = expression(p);
        let last = rest;
        while (p.k === T.COMMA) { p.next(); last = expression(p); }
        if (p.k === T.COLON || p.k === T.AS) throw p.errorNodes("multiple exception types must be parenthesized", first, last);
        throw FAIL;
      }
      if (p.k === T.AS) {
        p.next();
        name = p.name();
      }
    } else if (isStar) throw p.errorTokens("expected one or more exception types", p.i);
    colon(p, false);
    const hb = block(p, isStar ? "'except*' statement" : "'except' statement", h);
    handlers.push(p.endReal({ _type: "ExceptHandler", type, name, body: hb, lineno: p.lines[h]!, col_offset: p.cols[h]!, end_lineno: 0, end_col_offset: 0 }));
  }
  let orelse: Stmt[] = [];
  if (p.k === T.ELSE) {
    if (handlers.length === 0) throw FAIL;
    orelse = elseBlock(p);
  }
  let finalbody: Stmt[] = [];
  if (p.k === T.FINALLY) {
    const f = p.i;
    p.next();
    colon(p, true);
    finalbody = block(p, "'finally' statement", f);
  }
  if (handlers.length === 0 && finalbody.length === 0) {
    throw p.errorTokens("expected 'except' or 'finally' block", p.i);
  }
  const node = { _type: star === 1 ? "TryStar" : "Try", body, handlers, orelse, finalbody, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 } as Stmt;
  return p.endReal(node);
}

function decorated(p: Parser): Stmt {
  const decorators: Expr[] = [];
  while (p.k === T.AT) {
    p.next();
    decorators.push(namedExpression(p));
    if (p.k !== T.NEWLINE) throw FAIL;
    p.next();
  }
  if (p.k === T.CLASS) return classDef(p, decorators);
  const s = p.i;
  if (p.k === T.ASYNC) p.next();
  if (p.k !== T.DEF) throw FAIL;
  return funcDef(p, s, decorators);
}

function funcDef(p: Parser, s: number, decorators: Expr[]): Stmt {
  const d = p.i;
  p.next();
  const name = p.name();
  if (p.k !== T.LPAR) throw p.errorTokens("expected '('", p.i);
  p.next();
  const args = functionParameters(p);
  let returns: Expr | null = null;
  if (p.k === T.RARROW) {
    // `&&':'` after an optional `-> expression` that does not parse: "expected ':'" at `->`.
    const arrow = p.i;
    p.next();
    try {
      returns = expression(p);
    } catch (e) {
      if (e !== FAIL) throw e;
      throw p.errorTokens("expected ':'", arrow);
    }
  }
  colon(p, true);
  p.depth++;
  const body = block(p, "function definition", d);
  p.depth--;
  const node = { _type: s === d ? "FunctionDef" : "AsyncFunctionDef", name, args, body, decorator_list: decorators, returns, type_comment: null, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 } as Stmt;
  return p.endReal(node);
}

function classDef(p: Parser, decorators: Expr[]): Stmt {
  const s = p.i;
  p.next();
  const name = p.name();
  let bases: Expr[] = [];
  let keywords: import("../ast-table.js").Keyword[] = [];
  if (p.k === T.LPAR) {
    const open = p.i;
    p.next();
    const r = callArguments(p, open, false);
    bases = r.args;
    keywords = r.keywords;
  }
  colon(p, false);
  const body = block(p, "class definition", s);
  return p.endReal({ _type: "ClassDef", name, bases, keywords, body, decorator_list: decorators, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}
