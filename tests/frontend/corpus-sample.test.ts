// A fixed sample of the parser corpus (scripts/parse-corpus.mjs runs all of it): about 300
// files of CPython's standard library, parsed by CPython and by us, dumps compared byte for
// byte (with line and column attributes), and every file we parse must compile.
import { execFileSync, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dumpAst } from "../../src/frontend/ast-dump.js";
import { compileModule } from "../../src/frontend/compiler.js";
import { PySyntaxError } from "../../src/frontend/errors.js";
import { parseModule } from "../../src/frontend/parser.js";
import { decodeSource } from "../../src/frontend/source.js";

const SAMPLE_SIZE = 300;
const stdlib = execFileSync("python3", ["-c", "import sysconfig;print(sysconfig.get_paths()['stdlib'])"]).toString().trim();

function walk(d: string, out: string[]): string[] {
  for (const entry of readdirSync(d, { withFileTypes: true })) {
    const p = join(d, entry.name);
    if (entry.isDirectory()) walk(p, out);
    else if (entry.isFile() && entry.name.endsWith(".py")) out.push(p);
  }
  return out;
}

const all = walk(stdlib, []).sort();
const step = Math.max(1, Math.floor(all.length / SAMPLE_SIZE));
const files = all.filter((_, i) => i % step === 0);

interface Expected { path: string; ok: boolean; dump?: string; error?: string; compiles?: boolean; compile_error?: string }
const script = new URL("../../scripts/cpython_ast_dump.py", import.meta.url).pathname;
const py = spawnSync("python3", [script, "--attrs", "--compile"], { input: files.join("\n"), maxBuffer: 1 << 28 });
const expected = py.stdout.toString().trimEnd().split("\n").slice(0, -1).map((l) => JSON.parse(l) as Expected);

describe(`parser corpus sample (${files.length} of ${all.length} stdlib files)`, () => {
  it.each(expected.map((e) => [e.path.slice(stdlib.length + 1), e] as const))("%s", (_name, exp) => {
    const bytes = readFileSync(exp.path);
    let source: string;
    let module;
    try {
      source = decodeSource(bytes, exp.path);
      module = parseModule(source, exp.path);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      expect(exp.ok, `we reject: ${e.type}: ${e.msg} (line ${e.lineno})`).toBe(false);
      return;
    }
    expect(exp.ok, `we accept, CPython rejects: ${exp.error}`).toBe(true);
    expect(dumpAst(module, { includeAttributes: true })).toBe(exp.dump);
    let compileError: string | null = null;
    try {
      compileModule(module, exp.path, source);
    } catch (e) {
      if (!(e instanceof PySyntaxError)) throw e;
      compileError = `${e.type}: ${e.msg}`;
    }
    expect(compileError).toBe(exp.compiles ? null : exp.compile_error);
  });
});
