// `ast.dump(node)` exactly as CPython 3.11 prints it (annotate_fields=True, no indent), driven
// by the node table: optional fields that are None are left out, lists print as [..], enum-like
// members (Load, Add, ...) as `Name()`, and constants through Python's repr.

import { ENUM_SUMS, NODE_DEFS } from "./ast-table.js";
import { reprConstant, type ConstantValue } from "./constants.js";

const ENUM_TYPES = new Set(Object.keys(ENUM_SUMS));
const LOCATION_FIELDS = ["lineno", "col_offset", "end_lineno", "end_col_offset"] as const;

export interface DumpOptions {
  /** Also print lineno/col_offset/end_lineno/end_col_offset, as include_attributes=True does. */
  includeAttributes?: boolean;
}

export function dumpAst(node: unknown, options: DumpOptions = {}): string {
  const parts: string[] = [];
  dumpValue(node, "", options.includeAttributes === true, parts);
  return parts.join("");
}

function dumpValue(value: unknown, type: string, attrs: boolean, out: string[]): void {
  if (Array.isArray(value)) {
    out.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.push(", ");
      dumpValue(value[i], type, attrs, out);
    }
    out.push("]");
  } else if (ENUM_TYPES.has(type)) {
    out.push(value as string, "()");
  } else if (value !== null && typeof value === "object" && "_type" in value) {
    dumpNode(value as Record<string, unknown> & { _type: string }, attrs, out);
  } else if (typeof value === "string" && type !== "constant") {
    out.push(reprConstant(value));
  } else if (typeof value === "number" && type === "int") {
    out.push(String(value));
  } else {
    out.push(reprConstant(value as ConstantValue));
  }
}

function dumpNode(node: Record<string, unknown> & { _type: string }, attrs: boolean, out: string[]): void {
  const def = NODE_DEFS[node._type];
  if (!def) throw new Error(`dumpAst: unknown node type ${node._type}`);
  out.push(node._type, "(");
  let first = true;
  for (const field of def.fields) {
    const v = node[field.name];
    if (v === null && field.q === "?") continue;
    if (!first) out.push(", ");
    first = false;
    out.push(field.name, "=");
    dumpValue(v, field.type, attrs, out);
  }
  if (attrs && def.located) {
    for (const name of LOCATION_FIELDS) {
      if (!first) out.push(", ");
      first = false;
      out.push(name, "=", String(node[name]));
    }
  }
  out.push(")");
}
