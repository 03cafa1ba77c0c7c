/*
 * codewriter/index.ts — RTS source files -> the jitcode artifact.
 *
 * `codewrite(root, files)` reads every file (source.ts), keeps those that
 * start with the directive "use rts", builds each module's environment
 * (imports, constants, functions and their hint wrappers), translates every
 * function (translate.ts), resolves inline_call targets to jitcode indexes,
 * computes liveness (liveness.ts) and returns the artifact (jitcode.ts).
 * Errors are collected as `file:line: reason` and thrown together.
 *
 * Module roles by path: src/jit/hints.ts is the hints module; anything under
 * src/gc/ is the heap (its functions are intrinsics, its constants link-time
 * constants); other non-RTS modules may be called (residual calls) if their
 * signature can be read from their source.
 */

import { existsSync, readFileSync } from "node:fs";
import { posix } from "node:path";
import type { Node } from "acorn";
import type { Artifact, CallSpec, ConstSpec, JitCodeData } from "../jitcode.js";
import type { Kind } from "../ir/ops.js";
import { computeLiveness } from "./liveness.js";
import { type Signature, type SourceFile, readSource, scanSignatures } from "./source.js";
import { type Callee, CodewriterError, type FnContext, GC_INTRINSICS, HINTS, translateFunction } from "./translate.js";

export const HINTS_MODULE = "src/jit/hints.ts";
const isGcModule = (m: string): boolean => m.startsWith("src/gc/");
/** Hint wrappers around a function expression -> how calls to it are translated. */
const WRAPPERS: Record<string, "elidable" | "residual" | "raising"> = { elidable: "elidable", dontLookInside: "residual", raising: "raising" };

type N = Node & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

interface ModuleEnv {
  src: SourceFile;
  imports: Map<string, { module: string; name: string }>;
  constants: Map<string, { spec: ConstSpec; kind: Kind | "w" } | "module-let">;
  functions: Map<string, { node: N; how: "inline" | "residual" | "raising" | "elidable" }>;
}

function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith(".")) return spec;
  return posix.normalize(posix.join(posix.dirname(from), spec)).replace(/\.js$/, ".ts");
}

function buildEnv(src: SourceFile): ModuleEnv {
  const env: ModuleEnv = { src, imports: new Map(), constants: new Map(), functions: new Map() };
  for (const top of src.ast.body as N[]) {
    const d: N = top.type === "ExportNamedDeclaration" && top.declaration ? top.declaration : top;
    if (d.type === "ImportDeclaration") {
      const module = resolveImport(src.file, d.source.value);
      for (const s of d.specifiers) if (s.type === "ImportSpecifier") env.imports.set(s.local.name, { module, name: s.imported.name });
    } else if (d.type === "FunctionDeclaration") env.functions.set(d.id.name, { node: d, how: "inline" });
    else if (d.type === "VariableDeclaration") {
      for (const v of d.declarations) {
        const name = v.id.name as string;
        const init = v.init as N | null;
        if (d.kind !== "const") env.constants.set(name, "module-let");
        else if (init?.type === "Literal" && typeof init.value === "number") env.constants.set(name, { spec: init.value, kind: Number.isInteger(init.value) ? "w" : "f" });
        else if (init?.type === "CallExpression" && init.callee.type === "Identifier" && init.callee.name in WRAPPERS && init.arguments[0]?.type === "FunctionExpression")
          env.functions.set(name, { node: init.arguments[0], how: WRAPPERS[init.callee.name] });
        else env.constants.set(name, { spec: { link: `${src.file}#${name}` }, kind: "w" });
      }
    }
  }
  return env;
}

export function codewrite(root: string, files: readonly string[]): Artifact {
  const sources = new Map<string, SourceFile>();
  const errors: string[] = [];
  for (const f of files) {
    try {
      sources.set(f, readSource(f, readFileSync(posix.join(root, f), "utf8")));
    } catch (e) {
      errors.push(`${f}:0: cannot parse: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  const envs = new Map<string, ModuleEnv>();
  for (const [f, s] of sources) if (s.isRts) envs.set(f, buildEnv(s));
  const foreignSigs = new Map<string, Map<string, Signature>>();
  const foreignSig = (module: string, name: string): Signature | undefined => {
    let m = foreignSigs.get(module);
    if (m === undefined) {
      const p = posix.join(root, module);
      m = existsSync(p) ? scanSignatures(readFileSync(p, "utf8")) : new Map();
      foreignSigs.set(module, m);
    }
    return m.get(name);
  };

  const calls: CallSpec[] = [];
  const callIdx = new Map<string, number>();
  const jitcodes: JitCodeData[] = [];
  const pending: { data: JitCodeData; fixups: number[] }[] = [];

  for (const [file, env] of envs) {
    const lookupFn = (module: string, name: string): Callee | undefined => {
      const target = `${module}#${name}`;
      const m = envs.get(module);
      const fn = m?.functions.get(name);
      if (m && fn) {
        const sig = m.src.signatures.get(name);
        if (!sig) return undefined;
        return { how: fn.how, target, name, sig };
      }
      const sig = foreignSig(module, name);
      return sig ? { how: sig.raises ? "raising" : "residual", target, name, sig } : undefined;
    };
    const ctx: FnContext = {
      file,
      line: (n) => env.src.origLine(n.loc?.start.line ?? 0),
      annotatedKinds: (fn) => {
        // annotations are scanned from the TS text: a function takes those inside its own lines
        const from = env.src.origLine(fn.loc?.start.line ?? 0);
        const to = env.src.origLine(fn.loc?.end.line ?? 0);
        const out = new Map<string, Kind>();
        for (const a of env.src.localKinds) {
          if (a.line < from || a.line > to) continue;
          const seen = out.get(a.name);
          if (seen !== undefined && seen !== a.kind) {
            throw new CodewriterError(`${file}:${a.line}: '${a.name}' is annotated with two kinds in one function; rename one`);
          }
          out.set(a.name, a.kind);
        }
        return out;
      },
      constant: (name) => {
        const c = env.constants.get(name);
        if (c !== undefined) return c;
        const imp = env.imports.get(name);
        if (imp === undefined) return undefined;
        const m = envs.get(imp.module);
        const mc = m?.constants.get(imp.name);
        if (mc !== undefined) return mc;
        return { spec: { link: `${imp.module}#${imp.name}` }, kind: "w" };
      },
      callee: (name) => {
        const imp = env.imports.get(name);
        if (imp !== undefined) {
          if (imp.module === HINTS_MODULE) return HINTS.has(imp.name) ? { how: "hint", target: "", name: imp.name, sig: { params: [], result: "i" } } : undefined;
          if (isGcModule(imp.module)) {
            const g = GC_INTRINSICS[imp.name];
            return { how: "gc", target: "", name: imp.name, sig: { params: g ? [...g[2]] : [], result: g ? g[1] : "i" } };
          }
          return lookupFn(imp.module, imp.name);
        }
        return env.functions.has(name) ? lookupFn(file, name) : undefined;
      },
      callIndex: (c) => {
        let i = callIdx.get(c.target);
        if (i === undefined) {
          i = calls.length;
          calls.push({ target: c.target, kind: c.how === "elidable" || c.how === "raising" ? c.how : "residual", argKinds: c.sig.params, result: c.sig.result });
          callIdx.set(c.target, i);
        }
        return i;
      },
    };
    for (const [name, fn] of env.functions) {
      const sig = env.src.signatures.get(name);
      try {
        if (!sig) throw new CodewriterError(`${file}:${ctx.line(fn.node)}: cannot read the signature of ${name}`);
        const t = translateFunction(fn.node, sig, ctx);
        const data: JitCodeData = { name: `${file}#${name}`, file, params: t.params, result: t.result, kinds: t.kinds, consts: t.consts, code: t.code, lines: t.lines, live: {} };
        pending.push({ data, fixups: [] });
      } catch (e) {
        if (e instanceof CodewriterError) errors.push(e.message);
        else throw e;
      }
    }
  }
  const index = new Map(pending.map((p, i) => [p.data.name, i]));
  for (const p of pending) {
    for (const insn of p.data.code) {
      if (insn[0] === "inline_call") {
        const j = index.get(insn[2] as string);
        if (j === undefined) errors.push(`${p.data.file}:0: inline_call to ${insn[2]} has no jitcode`);
        insn[2] = j ?? -1;
      }
    }
    const constRegs = new Set(p.data.consts.map(([r]) => r));
    jitcodes.push({ ...p.data, live: computeLiveness(p.data.code, p.data.kinds.length, constRegs) });
  }
  if (errors.length > 0) throw new CodewriterError(errors.join("\n"));
  return { version: 1, jitcodes, calls };
}
