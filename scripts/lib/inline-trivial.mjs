// A build pass over the bundled interpreter: calls of trivial top-level functions are replaced
// by the functions' bodies.
//
// Why: the interpreter reads and writes the heap only through tiny RTS accessors (loadRef,
// storeI32, the eval loop's slot/setSlot, …) because the codewriter derives the JIT from that
// source. V8 inlines such calls only while a function's inlining budget lasts, and the eval
// loop is one large function: most of its accessor calls stayed real calls. Inlining them here
// keeps the source as the codewriter needs it and gives V8 the code it optimizes best.
//
// What counts as trivial: a top-level function never reassigned (also `var f = function …` and
// `var f = elidable(function …)`) whose body
// is one `return E` or one expression statement E, where E has no call except to a function
// name (e.g. the write barrier's slow path), no assignment except to a computed member (a
// typed-array store), no function, `this` or `arguments`. A call is replaced only when:
//   - the name is declared once in the whole bundle (no local shadows it) and so is every
//     free name of E (the body means the same at the call site),
//   - the arguments are pure (names, literals, operators, member reads: no call, assignment or
//     update), so evaluating them inside E instead of before the call changes nothing; an
//     argument E uses twice must be cheap (a name, a literal or a small sum),
//   - an expression-statement body only where the call's value is unused.
// Calls whose arguments are themselves replaceable calls are done first; the pass repeats until
// nothing changes, so accessors built on accessors (setSlot on storeRef) flatten too.
//
// Line numbers stay as they were (the inserted text has no line breaks): stack traces and
// profiles keep pointing at the right lines of the bundle and, through the source map, of src/.

import * as acorn from "acorn";

const IDENTITY_WRAPPERS = new Set(["elidable"]);
const MAX_PASSES = 8;

function walk(node, visit, parent = null) {
  if (node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit, parent);
    return;
  }
  if (typeof node.type !== "string") return;
  visit(node, parent);
  for (const key of Object.keys(node)) {
    if (key === "type" || key === "start" || key === "end" || key === "loc") continue;
    const v = node[key];
    if (v && typeof v === "object") walk(v, visit, node);
  }
}

/** How many times each name is declared anywhere (params, vars, functions, classes, catch). */
function declarationCounts(ast) {
  const counts = new Map();
  const add = (name) => counts.set(name, (counts.get(name) ?? 0) + 1);
  const addPattern = (p) => {
    if (!p) return;
    if (p.type === "Identifier") add(p.name);
    else if (p.type === "ObjectPattern") for (const q of p.properties) addPattern(q.type === "RestElement" ? q.argument : q.value);
    else if (p.type === "ArrayPattern") for (const q of p.elements) addPattern(q);
    else if (p.type === "RestElement") addPattern(p.argument);
    else if (p.type === "AssignmentPattern") addPattern(p.left);
  };
  walk(ast, (n) => {
    if (n.type === "VariableDeclarator") addPattern(n.id);
    else if (n.type === "FunctionDeclaration" || n.type === "FunctionExpression" || n.type === "ArrowFunctionExpression") {
      // a function expression's own name is visible only inside it, where it means itself
      if (n.id && n.type === "FunctionDeclaration") add(n.id.name);
      for (const p of n.params) addPattern(p);
    } else if (n.type === "ClassDeclaration" || n.type === "ClassExpression") {
      if (n.id) add(n.id.name);
    } else if (n.type === "CatchClause") addPattern(n.param);
  });
  return counts;
}

/** Identifiers of E that are variable references (not property names or object keys). */
function referencedNames(expr) {
  const refs = [];
  walk(expr, (n, parent) => {
    if (n.type !== "Identifier") return;
    if (parent && parent.type === "MemberExpression" && parent.property === n && !parent.computed) return;
    if (parent && parent.type === "Property" && parent.key === n && !parent.computed) return;
    refs.push(n);
  });
  return refs;
}

/** Is E a body we may copy: calls only to plain names, stores only into computed members. */
function isCopyableBody(expr) {
  let ok = true;
  walk(expr, (n) => {
    switch (n.type) {
      case "CallExpression":
        if (n.callee.type !== "Identifier") ok = false;
        break;
      case "AssignmentExpression":
        if (n.left.type !== "MemberExpression" || !n.left.computed) ok = false;
        break;
      case "UpdateExpression":
      case "FunctionExpression":
      case "ArrowFunctionExpression":
      case "ThisExpression":
      case "NewExpression":
      case "AwaitExpression":
      case "YieldExpression":
      case "TemplateLiteral":
      case "ObjectExpression":
      case "ArrayExpression":
      case "ClassExpression":
        ok = false;
        break;
      case "Identifier":
        if (n.name === "arguments") ok = false;
        break;
    }
  });
  return ok;
}

/** No call, assignment, update, function or `new`: evaluating it later changes nothing. */
function isPure(expr) {
  let ok = true;
  walk(expr, (n) => {
    if (!ok) return;
    switch (n.type) {
      case "Identifier":
      case "Literal":
      case "MemberExpression":
      case "BinaryExpression":
      case "LogicalExpression":
      case "ConditionalExpression":
        break;
      case "UnaryExpression":
        if (n.operator === "delete") ok = false;
        break;
      default:
        ok = false;
    }
  });
  return ok;
}

/** Small enough to evaluate twice (it is pure): at most a few names, literals and operators. */
function isCheap(expr) {
  let nodes = 0;
  walk(expr, () => void nodes++);
  return nodes <= 16;
}

/** The trivial functions of the bundle: name -> { params, body (text), uses per param, isStatement }. */
function trivialFunctions(ast, src, counts) {
  const found = new Map();
  const topLevel = new Set();
  for (const n of ast.body) {
    if (n.type === "FunctionDeclaration" && n.id) topLevel.add(n.id.name);
    else if (n.type === "VariableDeclaration") for (const d of n.declarations) if (d.id.type === "Identifier") topLevel.add(d.id.name);
  }
  const assigned = new Set();
  walk(ast, (n) => {
    if ((n.type === "AssignmentExpression" && n.left.type === "Identifier") || (n.type === "UpdateExpression" && n.argument.type === "Identifier")) assigned.add((n.left ?? n.argument).name);
  });
  const consider = (name, fn) => {
    if (counts.get(name) !== 1 || assigned.has(name) || fn.async || fn.generator) return;
    if (!fn.params.every((p) => p.type === "Identifier")) return;
    const stmts = fn.body.type === "BlockStatement" ? fn.body.body : null;
    if (stmts === null || stmts.length !== 1) return;
    const s = stmts[0];
    let expr;
    let isStatement;
    if (s.type === "ReturnStatement" && s.argument) {
      expr = s.argument;
      isStatement = false;
    } else if (s.type === "ExpressionStatement") {
      expr = s.expression;
      isStatement = true;
    } else return;
    if (!isCopyableBody(expr)) return;
    const text = src.slice(expr.start, expr.end);
    if (/\/\/|\/\*|`/.test(text)) return;
    const params = fn.params.map((p) => p.name);
    const uses = params.map(() => 0);
    const pieces = []; // [start, end, paramIndex] relative to expr.start
    for (const id of referencedNames(expr)) {
      const k = params.indexOf(id.name);
      if (k >= 0) {
        uses[k]++;
        pieces.push([id.start - expr.start, id.end - expr.start, k]);
      } else if (id.name === name) return; // recursive
      else if (counts.has(id.name) && !(counts.get(id.name) === 1 && topLevel.has(id.name))) return; // could be shadowed
    }
    pieces.sort((a, b) => a[0] - b[0]);
    found.set(name, { params, text, pieces, uses, isStatement });
  };
  for (const n of ast.body) {
    if (n.type === "FunctionDeclaration" && n.id) consider(n.id.name, n);
    else if (n.type === "VariableDeclaration") {
      for (const d of n.declarations) {
        const init = d.init;
        if (d.id.type !== "Identifier" || !init) continue;
        if (init.type === "FunctionExpression") consider(d.id.name, init);
        else if (init.type === "CallExpression" && init.callee.type === "Identifier" && IDENTITY_WRAPPERS.has(init.callee.name) && init.arguments.length === 1 && init.arguments[0].type === "FunctionExpression") {
          consider(d.id.name, init.arguments[0]);
        }
      }
    }
  }
  return found;
}

/** Is the call's value unused (a statement, or a non-final part of a sequence)? */
function valueUnused(call, parent, grandparent) {
  if (parent.type === "ExpressionStatement") return true;
  if (parent.type === "SequenceExpression") {
    const last = parent.expressions[parent.expressions.length - 1] === call;
    return !last || (grandparent !== null && grandparent.type === "ExpressionStatement");
  }
  return false;
}

function onePass(src, sourceType) {
  const ast = acorn.parse(src, { ecmaVersion: "latest", sourceType, allowReturnOutsideFunction: sourceType === "script", allowHashBang: true });
  const counts = declarationCounts(ast);
  const trivial = trivialFunctions(ast, src, counts);
  // parents, to know whether a call's value is used
  const parentOf = new Map();
  walk(ast, (n, parent) => parentOf.set(n, parent));
  const edits = [];
  walk(ast, (n, parent) => {
    if (n.type !== "CallExpression" || n.callee.type !== "Identifier" || n.optional) return;
    const f = trivial.get(n.callee.name);
    if (f === undefined || n.arguments.length !== f.params.length) return;
    if (!n.arguments.every((a) => a.type !== "SpreadElement" && isPure(a))) return;
    if (!f.uses.every((u, k) => u <= 1 || isCheap(n.arguments[k]))) return;
    if (f.isStatement && !valueUnused(n, parent, parentOf.get(parent) ?? null)) return;
    let text = "";
    let at = 0;
    for (const [s, e, k] of f.pieces) {
      const a = n.arguments[k];
      text += f.text.slice(at, s) + "(" + src.slice(a.start, a.end) + ")";
      at = e;
    }
    text += f.text.slice(at);
    edits.push([n.start, n.end, "(" + text.replace(/\s*\n\s*/g, " ") + ")"]);
  });
  // keep only innermost edits: an enclosing replaceable call waits for the next pass
  edits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept = [];
  for (const e of edits) {
    while (kept.length > 0 && kept[kept.length - 1][0] <= e[0] && e[1] <= kept[kept.length - 1][1]) kept.pop();
    kept.push(e);
  }
  let out = "";
  let at = 0;
  for (const [s, e, t] of kept) {
    out += src.slice(at, s) + t;
    at = e;
  }
  out += src.slice(at);
  return { code: out, replaced: kept.length };
}

/**
 * The bundle with trivial calls inlined, and how many call sites were replaced. `sourceType`
 * is acorn's: "script" for a CommonJS bundle, "module" for an ES module one.
 */
export function inlineTrivialCalls(src, sourceType = "script") {
  let code = src;
  let total = 0;
  for (let i = 0; i < MAX_PASSES; i++) {
    const { code: next, replaced } = onePass(code, sourceType);
    if (replaced === 0) break;
    code = next;
    total += replaced;
  }
  return { code, replaced: total };
}
