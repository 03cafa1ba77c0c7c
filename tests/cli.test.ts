// The built command (dist/pypy-ts.mjs, made by `npm install`'s prepare step) against python3:
// options, exit codes and the exact text of syntax errors on stderr.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PYTHON, runCommand } from "./helpers/cpython.js";

const CLI = new URL("../dist/pypy-ts.mjs", import.meta.url).pathname;
const ours = (args: string[], input?: string) => runCommand("node", [CLI, ...args], input);
const cpython = (args: string[], input?: string) => runCommand(PYTHON, args, input);
const dir = mkdtempSync(join(tmpdir(), "pypy-ts-cli-"));

function writeProgram(name: string, source: string): string {
  const path = join(dir, name);
  writeFileSync(path, source);
  return path;
}

describe("command line", () => {
  it("--version and --help exit 0", () => {
    expect(ours(["--version"]).stdout).toMatch(/^Python 3\.11\.\d+ \(pypy-ts /);
    expect(ours(["-V"]).status).toBe(0);
    const help = ours(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("usage: pypy-ts");
  });

  it("an unknown option exits 2 with the usage line, as python does", () => {
    const r = ours(["-Z"]);
    expect(r.status).toBe(cpython(["-Z"]).status);
    expect(r.stderr.split("\n")[0]).toBe("Unknown option: -Z");
  });

  it("a missing file exits 2 with python's message", () => {
    const missing = join(dir, "no-such-file.py");
    const r = ours([missing]);
    const py = cpython([missing]);
    expect(r.status).toBe(py.status);
    // python names itself by its full path; the rest of the message must be the same.
    const afterProgramName = (text: string) => text.slice(text.indexOf(": can't open file"));
    expect(afterProgramName(r.stderr)).toBe(afterProgramName(py.stderr));
  });

  const badPrograms: [string, string][] = [
    ["unclosed.py", "x = (1,\n  2\n"],
    ["colon.py", "if x\n    pass\n"],
    ["indent.py", "def f():\n    return\n  x = 1\n"],
    ["comma.py", 'print("hello" "x" 3 ++)\n'],
    ["multiline.py", "if 1:\n\tx = (1 +\n\t   2 3 4 5)\n"],
    ["compile-time.py", "def f():\n    pass\nreturn 5\n"],
    ["literal.py", "x = 1\n1 = x\n"],
  ];
  for (const [name, source] of badPrograms) {
    it(`prints CPython's syntax error text for ${name}`, () => {
      const path = writeProgram(name, source);
      const r = ours([path]);
      const py = cpython([path]);
      expect({ status: r.status, stderr: r.stderr }).toEqual({ status: py.status, stderr: py.stderr });
    });
  }

  it("-c reports errors in <string>", () => {
    const r = ours(["-c", "x = = 1"]);
    const py = cpython(["-c", "x = = 1"]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: py.status, stderr: py.stderr });
  });

  it("--ast prints CPython's ast.dump", () => {
    const path = writeProgram("ast.py", "def f(a, *b, c=1, **d):\n    return [x async for x in a if x]\n");
    const py = cpython(["-c", "import ast,sys;print(ast.dump(ast.parse(open(sys.argv[1]).read())))", path]);
    expect(ours(["--ast", path]).stdout).toBe(py.stdout);
  });

  it("--dis disassembles", () => {
    const path = writeProgram("dis.py", "def f(n):\n    return n + 1\n");
    const r = ours(["--dis", path]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/RETURN_VALUE/);
  });
  it("runs programs as python does: 990 nested calls fit (worker stack), uncaught errors exit 1", () => {
    const deep = writeProgram("deep.py", "def down(n):\n    return 0 if n == 0 else 1 + down(n - 1)\nprint(down(990))\n");
    for (const args of [[deep], ["-c", "print([i * i for i in range(4)])"], ["-c", "1 // 0"]]) {
      const r = ours(args);
      const py = cpython(args);
      expect(r.stdout).toBe(py.stdout);
      expect(r.status).toBe(py.status);
      expect(r.stderr.trim().split("\n").pop()).toBe(py.stderr.trim().split("\n").pop());
    }
  });
});
