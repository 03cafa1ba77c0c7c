// A build pass over the bundled interpreter: chosen functions read the heap's typed-array views
// (I32, F64, U8 of src/gc/memory.ts) from locals taken at their entry instead of from the
// module-level bindings.
//
// Why: the views are `let` bindings (they change when a new heap is made), so V8 reloads and
// re-checks them at every heap access; in a local they are one value for the whole function and
// its bounds and base are hoisted out of the loop. The eval loop gains about a tenth.
//
// Why it is sound: during a run the memory never grows (initHeap commits the whole maximum) and
// the views change only when a new heap is made, which no eval loop activation spans; the
// interpreter pins the views after initHeap (memory.ts pinViews), so a growth would stop with an
// internal error instead of leaving a stale local.

import * as acorn from "acorn";

const VIEWS = ["I32", "F64", "U8"];

/** The functions the CLI and test bundles give local views: the hot loops that run only between heap resets. */
export const LOCAL_VIEW_FUNCTIONS = ["evalLoop"];

/**
 * The bundle with the named top-level functions reading VIEWS from locals. Fails (throws) when
 * a view is not one top-level binding of the bundle or a function declares a name of its own
 * that would collide.
 */
export function localizeViews(src, functionNames, sourceType = "script") {
  const ast = acorn.parse(src, { ecmaVersion: "latest", sourceType, allowReturnOutsideFunction: sourceType === "script", allowHashBang: true });
  const topLevel = new Map();
  for (const n of ast.body) {
    if (n.type === "VariableDeclaration") for (const d of n.declarations) if (d.id.type === "Identifier") topLevel.set(d.id.name, (topLevel.get(d.id.name) ?? 0) + 1);
  }
  for (const v of VIEWS) if (topLevel.get(v) !== 1) throw new Error(`local-views: the view ${v} is not one top-level binding of the bundle`);
  const edits = [];
  for (const name of functionNames) {
    const fn = ast.body.find((n) => n.type === "FunctionDeclaration" && n.id?.name === name);
    if (fn === undefined) throw new Error(`local-views: no top-level function ${name}`);
    const refs = [];
    const visit = (node, parent) => {
      if (node === null || typeof node !== "object") return;
      if (Array.isArray(node)) return node.forEach((n) => visit(n, parent));
      if (typeof node.type !== "string") return;
      if (node.type === "Identifier" && VIEWS.includes(node.name)) {
        const isKey = (parent?.type === "MemberExpression" && parent.property === node && !parent.computed) || (parent?.type === "Property" && parent.key === node && !parent.computed);
        const isDecl = parent?.type === "VariableDeclarator" && parent.id === node;
        if (isDecl || (parent?.type === "Property" && parent.shorthand)) throw new Error(`local-views: ${name} uses the name ${node.name} itself`);
        if (!isKey) refs.push(node);
      }
      for (const k of Object.keys(node)) if (k !== "type" && k !== "start" && k !== "end") visit(node[k], node);
    };
    visit(fn.body, fn);
    for (const r of refs) edits.push([r.start, r.end, `${r.name}$local`]);
    edits.push([fn.body.start + 1, fn.body.start + 1, ` const ${VIEWS.map((v) => `${v}$local = ${v}`).join(", ")};`]);
  }
  edits.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [s, e, t] of edits) {
    out += src.slice(at, s) + t;
    at = e;
  }
  return out + src.slice(at);
}
