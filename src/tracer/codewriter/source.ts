/*
 * source.ts — reading one RTS file: TypeScript -> esbuild (types stripped) ->
 * acorn AST with locations mapped back to the TypeScript lines, plus the
 * kinds the codewriter needs from the annotations esbuild removes.
 *
 * Kinds come from the type aliases of src/jit/hints.ts: a parameter or return
 * annotated `Ref` is a reference, `Float` a float, `void` nothing, anything
 * else an int. Locals declared `let x: Ref` are read the same way (by name,
 * per file); unannotated locals get their kind from what is assigned to them
 * (translate.ts). These come from a small scan of the source text, not a type
 * checker: signatures must be written on one `function name(...)` head.
 */

import { type Node, parse } from "acorn";
import { transformSync } from "esbuild";
import type { Kind } from "../ir/ops.js";

export interface Signature {
  readonly params: readonly Kind[];
  readonly result: Kind;
  /** Written `raising(function name(...` (src/jit/hints.ts): may set the pending exception. */
  readonly raises?: boolean;
}

export interface SourceFile {
  readonly file: string;
  readonly ast: Node & { body: Node[] };
  readonly isRts: boolean;
  /** Original TS line of a line of esbuild's output. */
  readonly origLine: (jsLine: number) => number;
  readonly signatures: ReadonlyMap<string, Signature>;
  /** Every `let|const name: Ref|Float|Int` annotation, with its TS line (functions pick theirs by line range). */
  readonly localKinds: readonly LocalKind[];
}

export interface LocalKind {
  readonly name: string;
  readonly kind: Kind;
  readonly line: number;
}

export function kindOfType(t: string | undefined): Kind {
  const s = (t ?? "").trim();
  if (s === "Ref") return "r";
  if (s === "Float") return "f";
  if (s === "void") return "v";
  return "i";
}

export function scanSignatures(ts: string): Map<string, Signature> {
  const out = new Map<string, Signature>();
  const re = /(raising\(\s*)?function\s+(\w+)\s*(?:<[^(]*>)?\(([^)]*)\)\s*(?::\s*([\w.]+))?/g;
  for (let m0 = re.exec(ts); m0 !== null; m0 = re.exec(ts)) {
    const m = [m0[0], m0[2], m0[3], m0[4]];
    const params = m[2]
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p !== "")
      .map((p) => kindOfType(p.includes(":") ? p.slice(p.indexOf(":") + 1) : undefined));
    out.set(m[1], { params, result: kindOfType(m[3] ?? "void"), raises: m0[1] !== undefined });
  }
  return out;
}

function scanLocalKinds(ts: string): LocalKind[] {
  const out: LocalKind[] = [];
  const re = /\b(?:let|const)\s+(\w+)\s*:\s*(Ref|Float|Int)\b/g;
  let line = 1;
  let at = 0;
  for (let m = re.exec(ts); m !== null; m = re.exec(ts)) {
    for (; at < m.index; at++) if (ts.charCodeAt(at) === 10) line++;
    out.push({ name: m[1]!, kind: kindOfType(m[2]), line });
  }
  return out;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Map generated line (1-based) -> original line (1-based) from a source map's first segment per line. */
function lineMap(mappings: string): number[] {
  const out: number[] = [0];
  let srcLine = 0;
  for (const line of mappings.split(";")) {
    let first = -1;
    for (const seg of line.split(",")) {
      if (seg === "") continue;
      const vals: number[] = [];
      let v = 0;
      let shift = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        v += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(v & 1 ? -(v >> 1) : v >> 1);
          v = 0;
          shift = 0;
        }
      }
      if (vals.length >= 3) {
        srcLine += vals[2];
        if (first < 0) first = srcLine;
      }
    }
    out.push(first < 0 ? srcLine + 1 : first + 1);
  }
  return out;
}

export function readSource(file: string, ts: string): SourceFile {
  const r = transformSync(ts, { loader: "ts", sourcemap: "external", sourcefile: file, target: "es2022" });
  const map = lineMap(JSON.parse(r.map).mappings as string);
  const ast = parse(r.code, { ecmaVersion: "latest", sourceType: "module", locations: true }) as unknown as SourceFile["ast"];
  const first = ast.body[0] as Node & { directive?: string };
  return {
    file,
    ast,
    isRts: first?.type === "ExpressionStatement" && first.directive === "use rts",
    origLine: (l) => map[l] ?? l,
    signatures: scanSignatures(ts),
    localKinds: scanLocalKinds(ts),
  };
}
