// Symbol tables compared with CPython's own `symtable` module: for each program, every
// block's type, name, symbols, resolved scopes and DEF_* flags must agree.

import { describe, expect, it } from "vitest";
import type { Module } from "../../src/frontend/ast-table.js";
import { buildSymtable, SCOPE_NAMES, type Block } from "../../src/frontend/symtable.js";
import { SourceInfo } from "../../src/frontend/compiler/diagnostics.js";
import { PySyntaxError } from "../../src/frontend/errors.js";
import { cpythonParseMany, runPythonJson } from "../helpers/cpython-ast.js";

const PROGRAMS: Record<string, string> = {
  module: "import os, a.b as c\nfrom x import y as z\nx = 1\ndel x\nprint(y)\n",
  closures: "def f(a, *args, b=1, **kw):\n    x = 1\n    def g():\n        nonlocal x\n        x += a\n        return lambda: x + y\n    return g\n",
  globals: "g = 0\ndef f():\n    global g\n    g = 1\n    def h():\n        return g\n",
  classes: "class C(Base):\n    x = 1\n    def m(self):\n        return x, __class__\n    def s(self):\n        return super().s()\n    class Inner:\n        y = x\n",
  classFree: "def outer():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
  comprehensions: "def f(xs):\n    a = [y for y in xs if y]\n    b = {k: v for k, v in xs}\n    c = (z for z in xs for w in z)\n    return [(n := q) for q in xs], n\n",
  walrusModule: "[last := i for i in range(3)]\n",
  generators: "def g():\n    yield 1\n    x = yield from h()\nasync def a():\n    await b()\n    async for i in c: pass\n    return [j async for j in d]\n",
  mangling: "class C:\n    __x = 1\n    def __m(self, __a):\n        return self.__x + __a\n",
  exceptWith: "def f():\n    try:\n        pass\n    except E as e:\n        pass\n    with m() as (a, b):\n        pass\n",
  matching: "match p:\n    case [a, *rest]: pass\n    case {'k': v, **kw}: pass\n    case C(x, y=z) | D(x, y=z): pass\n    case _ as w: pass\n",
  annotations: "x: int = 1\ny: list\ndef f(a: A, *, b: B = 2) -> R:\n    z: Z = 3\n",
  nestedNonlocal: "def a():\n    x = 1\n    def b():\n        def c():\n            nonlocal x\n            x = 2\n        return c\n    return b\n",
  lambdaDefaults: "def f(k=lambda: 1):\n    return lambda q, r=q: q\n",
};

const ERROR_CASES: [string, string][] = [
  ["def f(a, a): pass\n", "duplicate argument 'a' in function definition"],
  ["def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration"],
  ["def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration"],
  ["def f(x):\n    global x\n", "name 'x' is parameter and global"],
  ["nonlocal x\n", "nonlocal declaration not allowed at module level"],
  ["def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found"],
  ["[(yield x) for x in y]\n", "'yield' inside list comprehension"],
  ["[i := 0 for i in range(3)]\n", "assignment expression cannot rebind comprehension iteration variable 'i'"],
  ["class C:\n    [y := 1 for x in z]\n", "assignment expression within a comprehension cannot be used in a class body"],
  ["def f():\n    from m import *\n", "import * only allowed at module level"],
];

interface DumpedBlock {
  type: string;
  name: string;
  symbols: [string, string, number][];
  children: DumpedBlock[];
}

const PY_DUMP = `
import json, sys, symtable
def dump(t):
    syms = []
    for s in t.get_symbols():
        scope = s._Symbol__scope
        flags = s._Symbol__flags & ((1 << 11) - 1)
        syms.append([s.get_name(), ["UNKNOWN", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"][scope], flags])
    syms.sort()
    return {"type": t.get_type() if isinstance(t.get_type(), str) else str(t.get_type()), "name": t.get_name(), "symbols": syms,
            "children": [dump(c) for c in t.get_children()]}
print(json.dumps({k: dump(symtable.symtable(src, "<test>", "exec")) for k, src in json.load(sys.stdin).items()}))
`;

function dumpOurs(b: Block): DumpedBlock {
  const symbols: [string, string, number][] = [...b.symbols].map(([name, flags]) => [name, SCOPE_NAMES[b.scopeOf(name)], flags]);
  symbols.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return { type: b.type, name: b.name, symbols, children: b.children.map(dumpOurs) };
}

const parsed = new Map<string, Module>();

/** Parses all test sources with CPython in one process (python start-up dominates). */
function parseAll(sources: readonly string[]): void {
  const results = cpythonParseMany(sources.map((source) => ({ filename: "<test>", source })));
  results.forEach((r, i) => {
    if (!r.ok) throw new Error(`CPython rejects test source: ${r.parseError.msg}`);
    parsed.set(sources[i]!, r.ast);
  });
}

function ourSymtable(src: string): Block {
  return buildSymtable(parsed.get(src)!, new SourceInfo("<test>", src), 0).top;
}

parseAll([...Object.values(PROGRAMS), ...ERROR_CASES.map(([src]) => src)]);

describe("symbol tables agree with CPython's symtable module", () => {
  const expected = runPythonJson(PY_DUMP, PROGRAMS) as Record<string, DumpedBlock>;
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(name, () => {
      expect(dumpOurs(ourSymtable(src))).toEqual(expected[name]);
    });
  }
});

describe("symbol table queries", () => {
  it("lists cell and free variables sorted, with __class__ for classes that need it", () => {
    const top = ourSymtable(PROGRAMS.classes!);
    const cls = top.children[0]!;
    expect(cls.needsClassClosure).toBe(true);
    expect(cls.cellvars()).toEqual(["__class__"]);
    expect(cls.children[0]!.freevars()).toEqual(["__class__"]);
  });

  it("marks generators and coroutines", () => {
    const top = ourSymtable(PROGRAMS.generators!);
    expect(top.children[0]!.isGenerator).toBe(true);
    expect(top.children[1]!.isCoroutine).toBe(true);
  });
});

describe("symbol table errors", () => {
  for (const [src, msg] of ERROR_CASES) {
    it(msg, () => {
      let err: unknown;
      try {
        ourSymtable(src);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(PySyntaxError);
      expect((err as PySyntaxError).msg).toBe(msg);
    });
  }
});
