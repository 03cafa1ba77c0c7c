// A bridge to CPython's own parser, for tests: runs `python3 cpython_ast_json.py` on sources,
// and turns the JSON it prints back into our AST shape (src/frontend/ast-table.ts), rebuilding
// constants with their exact types (bigint ints, complex, bytes, Ellipsis).
//
// Useful before our parser exists and after: compiling CPython's AST and ours must agree.
// `compileError` tells whether CPython's compile() (symtable + compiler) rejects the module,
// which compile-error tests and the stdlib corpus run compare with our compiler's verdict.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { Module } from "../../src/frontend/ast-table.js";
import { ELLIPSIS, PyComplex, type ConstantValue } from "../../src/frontend/constants.js";

const SCRIPT = fileURLToPath(new URL("./cpython_ast_json.py", import.meta.url));

export interface CPythonError {
  type: string;
  msg: string;
  lineno?: number;
  offset?: number;
  text?: string | null;
  end_lineno?: number;
  end_offset?: number;
}

export type CPythonParseResult =
  | { ok: true; ast: Module; source: string; compileError: CPythonError | null }
  | { ok: false; parseError: CPythonError };

export type CPythonJob = { filename: string; source: string } | { filename: string; path: string };

function decodeConstant(v: unknown): ConstantValue {
  if (v === null || typeof v === "boolean" || typeof v === "string") return v;
  const tagged = v as Record<string, unknown>;
  if ("$int" in tagged) return BigInt(tagged.$int as string);
  if ("$float" in tagged) return Number(parseFloatRepr(tagged.$float as string));
  if ("$complex" in tagged) {
    const [re, im] = tagged.$complex as [string, string];
    return new PyComplex(parseFloatRepr(re), parseFloatRepr(im));
  }
  if ("$bytes" in tagged) return Uint8Array.from(Buffer.from(tagged.$bytes as string, "hex"));
  if ("$ellipsis" in tagged) return ELLIPSIS;
  throw new Error(`cpython-ast: unknown constant ${JSON.stringify(v)}`);
}

function parseFloatRepr(s: string): number {
  if (s === "inf") return Infinity;
  if (s === "-inf") return -Infinity;
  if (s === "nan" || s === "-nan") return NaN;
  return Number(s);
}

function revive(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(revive);
  if (node === null || typeof node !== "object") return node;
  const obj = node as Record<string, unknown>;
  const isConstNode = obj._type === "Constant" || obj._type === "MatchSingleton";
  for (const key of Object.keys(obj)) {
    obj[key] = isConstNode && key === "value" ? decodeConstant(obj[key]) : revive(obj[key]);
  }
  return obj;
}

/** Runs CPython on many jobs in one process (fast for corpora). */
export function cpythonParseMany(jobs: readonly CPythonJob[]): CPythonParseResult[] {
  const out = execFileSync("python3", [SCRIPT], {
    input: JSON.stringify(jobs),
    maxBuffer: 1 << 30,
    encoding: "utf8",
  });
  const raw = JSON.parse(out) as Array<Record<string, unknown>>;
  return raw.map((r) =>
    "parseError" in r
      ? { ok: false as const, parseError: r.parseError as CPythonError }
      : {
          ok: true as const,
          ast: revive(r.ast) as Module,
          source: r.source as string,
          compileError: (r.compileError as CPythonError | null) ?? null,
        },
  );
}

/** Parses one source with CPython; throws if CPython's parser rejects it. */
export function cpythonParse(source: string, filename = "<test>"): Module {
  const [r] = cpythonParseMany([{ filename, source }]);
  if (!r!.ok) throw new Error(`cpython-ast: CPython rejects ${filename}: ${r!.parseError.msg}`);
  return r!.ast;
}

/** Runs a Python snippet that reads JSON from stdin and prints JSON (for comparisons). */
export function runPythonJson(script: string, input: unknown): unknown {
  const out = execFileSync("python3", ["-c", script], { input: JSON.stringify(input), maxBuffer: 1 << 28, encoding: "utf8" });
  return JSON.parse(out);
}
