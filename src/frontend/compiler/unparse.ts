// Expression unparser, for `from __future__ import annotations`: annotations are stored as
// the text CPython's ast_unparse.c would produce (minimal parentheses from precedence).

import type * as A from "../ast-table.js";
import { CodePointStr, reprConstant, strConcat, strFromCodePoints, ELLIPSIS, type ConstantValue, type StrConstant } from "../constants.js";

const enum Pr {
  TUPLE,
  TEST,
  OR,
  AND,
  NOT,
  CMP,
  EXPR,
  BOR = EXPR,
  BXOR,
  BAND,
  SHIFT,
  ARITH,
  TERM,
  FACTOR,
  POWER,
  AWAIT,
  ATOM,
}

const BINOP: Record<A.OperatorKind, [string, Pr]> = {
  Add: ["+", Pr.ARITH],
  Sub: ["-", Pr.ARITH],
  Mult: ["*", Pr.TERM],
  MatMult: ["@", Pr.TERM],
  Div: ["/", Pr.TERM],
  Mod: ["%", Pr.TERM],
  FloorDiv: ["//", Pr.TERM],
  LShift: ["<<", Pr.SHIFT],
  RShift: [">>", Pr.SHIFT],
  BitOr: ["|", Pr.BOR],
  BitXor: ["^", Pr.BXOR],
  BitAnd: ["&", Pr.BAND],
  Pow: ["**", Pr.POWER],
};
const UNARY: Record<A.UnaryOpKind, [string, Pr]> = {
  Invert: ["~", Pr.FACTOR],
  Not: ["not ", Pr.NOT],
  UAdd: ["+", Pr.FACTOR],
  USub: ["-", Pr.FACTOR],
};
const CMP: Record<A.CmpOp, string> = {
  Eq: "==",
  NotEq: "!=",
  Lt: "<",
  LtE: "<=",
  Gt: ">",
  GtE: ">=",
  Is: "is",
  IsNot: "is not",
  In: "in",
  NotIn: "not in",
};

export function unparseExpr(e: A.Expr): string {
  return unparse(e, Pr.TEST);
}

function paren(cond: boolean, s: string): string {
  return cond ? `(${s})` : s;
}

function constant(v: ConstantValue): string {
  if (v === ELLIPSIS) return "...";
  if (typeof v === "number" && !Number.isFinite(v)) return Number.isNaN(v) ? "(1e309-1e309)" : v > 0 ? "1e309" : "-1e309";
  return reprConstant(v);
}

function args(a: A.Arguments): string {
  const parts: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    parts.push(i >= firstDefault ? `${p.arg}=${unparse(a.defaults[i - firstDefault]!, Pr.TEST)}` : p.arg);
    if (a.posonlyargs.length > 0 && i === a.posonlyargs.length - 1) parts.push("/");
  });
  if (a.vararg !== null) parts.push(`*${a.vararg.arg}`);
  else if (a.kwonlyargs.length > 0) parts.push("*");
  a.kwonlyargs.forEach((k, i) => {
    const d = a.kw_defaults[i];
    parts.push(d ? `${k.arg}=${unparse(d, Pr.TEST)}` : k.arg);
  });
  if (a.kwarg !== null) parts.push(`**${a.kwarg.arg}`);
  return parts.join(", ");
}

function comprehensions(gens: readonly A.Comprehension[]): string {
  return gens
    .map((g) => {
      const head = `${g.is_async ? " async for " : " for "}${unparse(g.target, Pr.TUPLE)} in ${unparse(g.iter, Pr.TEST + 1)}`;
      return head + g.ifs.map((i) => ` if ${unparse(i, Pr.TEST + 1)}`).join("");
    })
    .join("");
}

/** The body of an f-string: a str, not yet repr'd (its literal parts may hold lone surrogates). */
function fstringBody(values: readonly A.Expr[]): StrConstant {
  let out: StrConstant = "";
  for (const v of values) {
    if (v._type === "Constant" && typeof v.value === "string") out = strConcat(out, v.value.replace(/\{/g, "{{").replace(/\}/g, "}}"));
    else if (v._type === "Constant" && v.value instanceof CodePointStr) {
      const cps = v.value.codePoints.flatMap((cp) => (cp === 0x7b || cp === 0x7d ? [cp, cp] : [cp]));
      out = strConcat(out, strFromCodePoints(cps));
    } else if (v._type === "FormattedValue") {
      const inner = unparse(v.value, Pr.TEST + 1);
      let field = `{${inner.startsWith("{") ? " " : ""}${inner}`;
      if (v.conversion !== -1) field += `!${String.fromCharCode(v.conversion)}`;
      out = strConcat(out, field);
      if (v.format_spec !== null && v.format_spec._type === "JoinedStr") out = strConcat(strConcat(out, ":"), fstringBody(v.format_spec.values));
      out = strConcat(out, "}");
    }
  }
  return out;
}

function unparse(e: A.Expr, level: Pr): string {
  switch (e._type) {
    case "BoolOp": {
      const pr = e.op === "And" ? Pr.AND : Pr.OR;
      const s = e.values.map((v) => unparse(v, pr + 1)).join(e.op === "And" ? " and " : " or ");
      return paren(level > pr, s);
    }
    case "NamedExpr":
      return paren(level > Pr.TUPLE, `${unparse(e.target, Pr.ATOM)} := ${unparse(e.value, Pr.ATOM)}`);
    case "BinOp": {
      const [op, pr] = BINOP[e.op];
      const rightAssoc = e.op === "Pow";
      const s = `${unparse(e.left, rightAssoc ? pr + 1 : pr)} ${op} ${unparse(e.right, rightAssoc ? pr : pr + 1)}`;
      return paren(level > pr, s);
    }
    case "UnaryOp": {
      const [op, pr] = UNARY[e.op];
      return paren(level > pr, op + unparse(e.operand, pr));
    }
    case "Lambda": {
      const a = args(e.args);
      return paren(level > Pr.TEST, `lambda${a ? " " + a : ""}: ${unparse(e.body, Pr.TEST)}`);
    }
    case "IfExp":
      return paren(level > Pr.TEST, `${unparse(e.body, Pr.TEST + 1)} if ${unparse(e.test, Pr.TEST + 1)} else ${unparse(e.orelse, Pr.TEST)}`);
    case "Dict": {
      const items = e.keys.map((k, i) => (k === null ? `**${unparse(e.values[i]!, Pr.EXPR)}` : `${unparse(k, Pr.TEST)}: ${unparse(e.values[i]!, Pr.TEST)}`));
      return `{${items.join(", ")}}`;
    }
    case "Set":
      return e.elts.length === 0 ? "{*()}" : `{${e.elts.map((x) => unparse(x, Pr.TEST)).join(", ")}}`;
    case "ListComp":
      return `[${unparse(e.elt, Pr.TEST)}${comprehensions(e.generators)}]`;
    case "SetComp":
      return `{${unparse(e.elt, Pr.TEST)}${comprehensions(e.generators)}}`;
    case "DictComp":
      return `{${unparse(e.key, Pr.TEST)}: ${unparse(e.value, Pr.TEST)}${comprehensions(e.generators)}}`;
    case "GeneratorExp":
      return `(${unparse(e.elt, Pr.TEST)}${comprehensions(e.generators)})`;
    case "Await":
      return paren(level > Pr.AWAIT, `await ${unparse(e.value, Pr.ATOM)}`);
    case "Yield":
      return e.value === null ? "(yield)" : `(yield ${unparse(e.value, Pr.TEST)})`;
    case "YieldFrom":
      return `(yield from ${unparse(e.value, Pr.TEST)})`;
    case "Compare": {
      let s = unparse(e.left, Pr.CMP + 1);
      e.ops.forEach((op, i) => (s += ` ${CMP[op]} ${unparse(e.comparators[i]!, Pr.CMP + 1)}`));
      return paren(level > Pr.CMP, s);
    }
    case "Call": {
      const parts = e.args.map((a) => unparse(a, Pr.TEST));
      for (const k of e.keywords) parts.push(k.arg === null ? `**${unparse(k.value, Pr.EXPR)}` : `${k.arg}=${unparse(k.value, Pr.TEST)}`);
      const only = e.args.length === 1 && e.keywords.length === 0 && e.args[0]!._type === "GeneratorExp";
      return `${unparse(e.func, Pr.ATOM)}(${only ? parts[0]!.slice(1, -1) : parts.join(", ")})`;
    }
    case "FormattedValue":
    case "JoinedStr": {
      const values = e._type === "JoinedStr" ? e.values : [e];
      const body = fstringBody(values);
      return "f" + reprConstant(body);
    }
    case "Constant":
      return constant(e.value);
    case "Attribute": {
      const v = unparse(e.value, Pr.ATOM);
      const needsSpace = e.value._type === "Constant" && typeof e.value.value === "bigint";
      return `${v}${needsSpace ? " " : ""}.${e.attr}`;
    }
    case "Subscript": {
      const s = e.slice;
      const inner =
        s._type === "Tuple" && s.elts.length > 0 && !s.elts.some((x) => x._type === "Starred")
          ? s.elts.map((x) => unparse(x, Pr.TEST)).join(", ") + (s.elts.length === 1 ? "," : "")
          : unparse(s, Pr.TUPLE);
      return `${unparse(e.value, Pr.ATOM)}[${inner}]`;
    }
    case "Starred":
      return `*${unparse(e.value, Pr.EXPR)}`;
    case "Name":
      return e.id;
    case "List":
      return `[${e.elts.map((x) => unparse(x, Pr.TEST)).join(", ")}]`;
    case "Tuple": {
      if (e.elts.length === 0) return "()";
      const s = e.elts.map((x) => unparse(x, Pr.TEST)).join(", ") + (e.elts.length === 1 ? "," : "");
      return paren(level > Pr.TUPLE, s);
    }
    case "Slice": {
      let s = e.lower ? unparse(e.lower, Pr.TEST) : "";
      s += ":" + (e.upper ? unparse(e.upper, Pr.TEST) : "");
      if (e.step) s += ":" + unparse(e.step, Pr.TEST);
      return s;
    }
  }
}
