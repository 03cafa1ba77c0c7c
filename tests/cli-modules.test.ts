// The command's module and interactive features against python3: -m, a program on stdin, -i
// with input from a pipe (prompts go to stderr there, so stdout must match CPython's exactly),
// input() and sys.stdin, -u; and the prompt's line handling (when an input is complete, what
// is echoed) tested directly, without a terminal.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ReplBuffer, classifyInput } from "../src/repl.js";
import { runInMain, startSession } from "../src/interp/session.js";
import { PYTHON } from "./helpers/cpython.js";

const CLI = new URL("../dist/pypy-ts.mjs", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "pypy-ts-cli-mod-"));

function run(cmd: string, args: string[], input?: string) {
  const r = spawnSync(cmd, args, { input: input ?? "", encoding: "utf8", cwd: dir, env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const ours = (args: string[], input?: string) => run("node", [CLI, ...args], input);
const cpython = (args: string[], input?: string) => run(PYTHON, args, input);
const lastLine = (s: string) => s.trim().split("\n").pop();
/** CPython names itself by its full path in some messages; compare what follows. */
const afterProgram = (s: string) => s.slice(s.indexOf(": ") + 2);

function write(path: string, source: string): void {
  mkdirSync(join(dir, path, ".."), { recursive: true });
  writeFileSync(join(dir, path), source);
}

write("tool.py", "import sys\nprint('tool', __name__, __package__ == '', sys.argv[1:], sys.argv[0].endswith('tool.py'))\n");
write("app/__init__.py", "print('app init', __name__)\n");
write("app/__main__.py", "import sys\nfrom . import util\nprint('app main', __name__, __package__, util.VALUE, sys.argv[1:])\n");
write("app/util.py", "VALUE = 42\n");
write("app/cli.py", "print('app.cli', __name__, __package__)\nraise ValueError('boom')\n");
write("lib_only/__init__.py", "");

describe("-m", () => {
  const cases: string[][] = [
    ["-m", "tool", "a", "b"],
    ["-m", "app", "x"],
    ["-m", "app.cli"],
    ["-m", "no_such_module"],
    ["-m", "lib_only"],
    ["-m", "tool.sub"],
    ["-m", "keyword"],
  ];
  for (const args of cases) {
    it(args.join(" "), () => {
      const r = ours(args);
      const py = cpython(args);
      expect(r.stdout).toBe(py.stdout);
      expect(r.status).toBe(py.status);
      expect(afterProgram(lastLine(r.stderr) ?? "")).toBe(afterProgram(lastLine(py.stderr) ?? ""));
    });
  }
});

describe("programs from stdin, input() and sys.stdin", () => {
  const cases: [string, string[], string][] = [
    ["a program piped in with no arguments", [], "import sys\nprint('piped', sys.argv)\nprint(sum(range(10)))\n"],
    ["'-' with arguments", ["-", "x", "y"], "import sys\nprint(sys.argv)\n"],
    ["input() with a prompt", ["-c", "name = input('name? ')\nprint(name.upper())\nprint(input())"], "bob\nalice\n"],
    ["input() at end of input", ["-c", "print(input('p> '))\ninput()"], "only\n"],
    ["sys.stdin.readline / read", ["-c", "import sys\nprint(repr(sys.stdin.readline()))\nprint(repr(sys.stdin.read()))"], "first\nsecond\nthird"],
    ["iterating sys.stdin", ["-c", "import sys\nfor line in sys.stdin:\n    print(len(line), line.rstrip())"], "a\nbb\nccc\n"],
    ["-u", ["-u", "-c", "import sys\nprint('out')\nsys.stdout.write('w\\n')\nprint('err', file=sys.stderr)"], ""],
    ["sys.exit with a message", ["-c", "import sys\nprint('x')\nsys.exit('bye')"], ""],
    ["sys.exit with a code", ["-c", "import sys\nsys.exit(4)"], ""],
  ];
  for (const [name, args, input] of cases) {
    it(name, () => {
      const r = ours(args, input);
      const py = cpython(args, input);
      expect(r.stdout).toBe(py.stdout);
      expect(r.status).toBe(py.status);
      expect(lastLine(r.stderr)).toBe(lastLine(py.stderr));
    });
  }
});

describe("-i with input from a pipe", () => {
  const session = [
    "x = 6",
    "x",
    "x * 7",
    "None",
    "'text'",
    "_",
    "def f(a):",
    "    return a + 1",
    "",
    "f(x)",
    "[f(i) for i in range(3)]",
    "1 / 0",
    "print('still here')",
    "if x > 1:",
    "    print('big')",
    "else:",
    "    print('small')",
    "",
    "(1,",
    " 2)",
    "class C:",
    "    def __repr__(self):",
    "        return 'C()'",
    "",
    "C()",
    "import sys; sys.exit(3)",
    "print('not reached')",
  ].join("\n") + "\n";
  it("echoes values, continues after errors, exits with SystemExit's code", () => {
    write("interactive.py", "y = 100\nprint('script ran')\n");
    const r = ours(["-i", "interactive.py"], session);
    const py = cpython(["-i", "interactive.py"], session);
    expect(r.stdout).toBe(py.stdout);
    expect(r.status).toBe(py.status);
    expect(r.stderr).toContain("ZeroDivisionError: division by zero");
    expect(r.stderr).toContain(">>> ");
  });
  it("a script's uncaught error is printed and the prompt still follows", () => {
    write("failing.py", "z = 1\nraise KeyError('k')\n");
    const r = ours(["-i", "failing.py"], "z + 1\n");
    const py = cpython(["-i", "failing.py"], "z + 1\n");
    expect(r.stdout).toBe(py.stdout);
    expect(r.status).toBe(py.status);
    expect(r.stderr).toContain("KeyError: 'k'");
  });
});

describe("the prompt's line handling", () => {
  it("knows when an input is complete", () => {
    expect(classifyInput(["x = 1"])).toBe("run");
    expect(classifyInput([""])).toBe("empty");
    expect(classifyInput(["# just a comment"])).toBe("more");
    expect(classifyInput(["# just a comment", ""])).toBe("empty");
    expect(classifyInput(["if x:"])).toBe("more");
    expect(classifyInput(["if x:", "    pass"])).toBe("more");
    expect(classifyInput(["if x:", "    pass", ""])).toBe("run");
    expect(classifyInput(["x = (1,"])).toBe("more");
    expect(classifyInput(["x = (1,", ""])).toBe("more");
    expect(classifyInput(["x = (1,", "2)"])).toBe("run");
    expect(classifyInput(['s = """abc'])).toBe("more");
    expect(classifyInput(["x = 1 + \\"])).toBe("more");
    expect(classifyInput(["def f():", ""])).toBe("run"); // the SyntaxError is reported
    expect(classifyInput(["x = = 1"])).toBe("run");
    expect(classifyInput(["@decorator"])).toBe("more");
  });
  it("switches prompts and hands over whole inputs", () => {
    const b = new ReplBuffer();
    expect(b.prompt).toBe(">>> ");
    expect(b.push("for i in range(2):")).toBeNull();
    expect(b.prompt).toBe("... ");
    expect(b.push("    print(i)")).toBeNull();
    expect(b.push("")).toBe("for i in range(2):\n    print(i)\n\n");
    expect(b.prompt).toBe(">>> ");
    expect(b.push("")).toBeNull();
    expect(b.push("1 + 1")).toBe("1 + 1\n");
  });
  it("shows expression values as CPython's interactive mode does", () => {
    let out = "";
    let err = "";
    startSession({ argv: [""], path0: "", stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
    for (const src of ["a = 2\n", "a\n", "a; a * 3\n", "None\n", "print('p')\n", "'q'\n", "_\n", "[a] * 2\n", "undefined_name\n"]) runInMain(src, "<stdin>", true);
    expect(out).toBe("2\n2\n6\np\n'q'\n'q'\n[2, 2]\n");
    expect(err).toBe("Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'undefined_name' is not defined\n");
  });
});
