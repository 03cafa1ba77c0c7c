// Call arguments and function/lambda parameter lists.
//
// Both are parsed by one loop over comma-separated items that classifies each item by its
// first token (`*`, `**`, `name=`, `/`), checking CPython's ordering rules as it goes, so the
// error messages ("positional argument follows keyword argument", "non-default argument
// follows default argument", ...) come out at the same places as CPython's.

import type { Arg, Arguments, Expr, Keyword } from "../ast-table.js";
import { T } from "../tokens.js";
import { FAIL, Parser, exprName } from "./core.js";
import { STARTS_EXPR, expression, forIfClauses, missingComma, namedExpression, starExpression } from "./expressions.js";

export interface CallArgs {
  args: Expr[];
  keywords: Keyword[];
}

/** Arguments after `(` (at token `open`) up to and including `)`. */
export function callArguments(p: Parser, open: number, allowGenexp = true): CallArgs {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false, sawDoubleStar = false;
  while (p.k !== T.RPAR) {
    const s = p.i;
    if (p.k === T.STAR) {
      // CPython's `args ',' '*'` fires on the `*` itself, before reading what follows.
      if (sawDoubleStar) throw p.errorTokens("iterable argument unpacking follows keyword argument unpacking", s);
      p.next();
      const value = expression(p);
      const st: Expr = p.at(s, { _type: "Starred", value, ctx: "Load", lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 });
      args.push(st);
    } else if (p.k === T.DOUBLESTAR) {
      p.next();
      const value = expression(p);
      keywords.push(p.at(s, { _type: "keyword", arg: null, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }));
      sawDoubleStar = true;
    } else if (p.k === T.NAME && p.peek(1) === T.EQUAL) {
      const arg = p.values[s]!;
      p.next();
      p.next();
      const value = expression(p);
      if (p.k === T.FOR || (p.k === T.ASYNC && p.kinds[p.i + 1] === T.FOR)) {
        forIfClauses(p);
        throw p.errorTokens("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", s, s + 1);
      }
      keywords.push(p.at(s, { _type: "keyword", arg, value, lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 }));
      sawKeyword = true;
    } else {
      if (STARTS_EXPR[p.k] === 0) throw FAIL;
      let e = namedExpression(p, false);
      if (allowGenexp && (p.k === T.FOR || (p.k === T.ASYNC && p.peek(1) === T.FOR))) {
        const generators = forIfClauses(p);
        const lone = args.length === 0 && keywords.length === 0 && p.k === T.RPAR;
        if (!lone) {
          const ge = { _type: "GeneratorExp", elt: e, generators, lineno: e.lineno, col_offset: e.col_offset, end_lineno: 0, end_col_offset: 0 } as const;
          p.end(ge);
          if (p.k === T.COMMA || args.length > 0 || keywords.length > 0) throw p.errorNodes("Generator expression must be parenthesized", ge);
          throw FAIL;
        }
        p.next();
        e = p.end({ _type: "GeneratorExp", elt: e, generators, lineno: p.lines[open]!, col_offset: p.cols[open]!, end_lineno: 0, end_col_offset: 0 });
        args.push(e);
        return { args, keywords };
      }
      // invalid_kwarg takes an expression: an unparenthesized `a := b` is not one.
      if (p.k === T.EQUAL && e._type === "NamedExpr" && p.kinds[s] !== T.LPAR) throw FAIL;
      if (p.k === T.EQUAL) {
        const eq = p.i;
        p.next();
        if (e._type === "Constant" && (e.value === true || e.value === false || e.value === null)) {
          throw p.mk("SyntaxError", `cannot assign to ${exprName(e)}`, e.lineno, p.bytePos(e.lineno, e.col_offset), p.lines[eq]!, p.tk.end[eq]!);
        }
        throw p.mk("SyntaxError", 'expression cannot contain assignment, perhaps you meant "=="?', e.lineno, p.bytePos(e.lineno, e.col_offset), p.lines[eq]!, p.tk.end[eq]!);
      }
      if (sawDoubleStar) throw p.errorTokens("positional argument follows keyword argument unpacking", p.i);
      if (sawKeyword) throw p.errorTokens("positional argument follows keyword argument", p.i);
      args.push(e);
    }
    if (p.k === T.COMMA) p.next();
    else if (p.k !== T.RPAR) missingComma(p, args.length > 0 && args[args.length - 1]!.end_col_offset === p.endCols[p.i - 1] ? args[args.length - 1]! : keywords.length > 0 ? keywords[keywords.length - 1]!.value : args[args.length - 1]!);
  }
  p.next();
  return { args, keywords };
}

/** Parameters of a `def` after `(`, up to and including `)`. */
export function functionParameters(p: Parser): Arguments {
  const a = parameters(p, T.RPAR, true);
  p.next();
  return a;
}

/** Parameters of a `lambda`, up to (not including) `:`. */
export function lambdaParameters(p: Parser): Arguments {
  return parameters(p, T.COLON, false);
}

function param(p: Parser, annotations: boolean, starAnnotation: boolean): Arg {
  const s = p.i;
  if (p.k !== T.NAME) throw FAIL;
  const name = p.values[s]!;
  p.next();
  let annotation: Expr | null = null;
  if (annotations && p.k === T.COLON) {
    p.next();
    annotation = starAnnotation ? starExpression(p) : expression(p);
  }
  return p.end({ _type: "arg", arg: name, annotation, type_comment: null, lineno: p.lines[s]!, col_offset: p.cols[s]!, end_lineno: 0, end_col_offset: 0 });
}

function parameters(p: Parser, close: T, annotations: boolean): Arguments {
  let posonlyargs: Arg[] = [];
  let args: Arg[] = [];
  const defaults: Expr[] = [];
  let vararg: Arg | null = null;
  const kwonlyargs: Arg[] = [];
  const kwDefaults: (Expr | null)[] = [];
  let kwarg: Arg | null = null;
  let star = false, slash = false;
  while (p.k !== close) {
    const s = p.i;
    if (kwarg !== null) throw p.errorTokens("arguments cannot follow var-keyword argument", s);
    if (p.k === T.SLASH) {
      if (slash) throw p.errorTokens("/ may appear only once", s);
      if (star) throw p.errorTokens("/ must be ahead of *", s);
      if (args.length === 0) {
        if (p.kinds[p.i + 1] === T.COMMA) throw p.errorTokens("at least one argument must precede /", s);
        throw FAIL;
      }
      slash = true;
      posonlyargs = args;
      args = [];
      p.next();
    } else if (p.k === T.STAR) {
      if (star) {
        // invalid_star_etc wants `*` followed by a parameter or `,`.
        const k = p.kinds[p.i + 1];
        if (k === T.NAME || k === T.COMMA) throw p.errorTokens("* argument may appear only once", s);
        throw FAIL;
      }
      star = true;
      p.next();
      if (p.k === T.NAME) vararg = param(p, annotations, true);
      else if (p.k === close || (p.k === T.COMMA && (p.peek(1) === close || p.peek(1) === T.DOUBLESTAR))) {
        // def: at the `*` (KNOWN_LOCATION); lambda: at the last token read (RAISE_SYNTAX_ERROR).
        throw p.errorTokens("named arguments must follow bare *", annotations ? s : p.k === close ? p.i : p.i + 1);
      } else if (p.k !== T.COMMA) throw FAIL;
      if (p.k === T.EQUAL) throw p.errorTokens("var-positional argument cannot have default value", p.i);
    } else if (p.k === T.DOUBLESTAR) {
      p.next();
      kwarg = param(p, annotations, false);
      if (p.k === T.EQUAL) throw p.errorTokens("var-keyword argument cannot have default value", p.i);
    } else {
      const a = param(p, annotations, false);
      let d: Expr | null = null;
      if (p.k === T.EQUAL) {
        p.next();
        d = expression(p);
      }
      if (star) {
        kwonlyargs.push(a);
        kwDefaults.push(d);
      } else {
        if (d !== null) defaults.push(d);
        else if (defaults.length > 0) throw p.errorNodes("non-default argument follows default argument", a);
        args.push(a);
      }
    }
    if (p.k === T.COMMA) p.next();
    else if (p.k !== close) throw FAIL;
  }
  if (star && vararg === null && kwonlyargs.length === 0) throw p.errorTokens("named arguments must follow bare *", p.i - 1);
  return { _type: "arguments", posonlyargs, args, vararg, kwonlyargs, kw_defaults: kwDefaults, kwarg, defaults };
}
