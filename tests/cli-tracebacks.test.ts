// Uncaught exceptions against python3, comparing the FULL stderr (the corpus runner compares
// only the last line): chained exceptions ("The above exception was the direct cause..." /
// "During handling..."), caret lines, folded recursion, generators, with, PEP 479, and the
// order of output when suspended generators are closed at exit.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PYTHON, runCommand } from "./helpers/cpython.js";

const CLI = new URL("../dist/pypy-ts.mjs", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "pypy-ts-tb-"));

const PROGRAMS: [string, string][] = [
  ["chain_cause.py", "def parse(s):\n    try:\n        return int(s)\n    except ValueError as e:\n        raise RuntimeError(f\"bad input {s!r}\") from e\n\ndef main():\n    values = [\"1\", \"x\"]\n    return [parse(v) for v in values]\n\nmain()\n"],
  ["chain_context.py", "data = {\"a\": 1}\ntry:\n    data[\"b\"]\nexcept KeyError:\n    total = data[\"a\"] / 0\n"],
  ["chain_none.py", "try:\n    [].pop()\nexcept IndexError:\n    raise LookupError(\"nothing left\") from None\n"],
  ["chain_three.py", "def a():\n    raise ValueError(\"a failed\")\ndef b():\n    try:\n        a()\n    except ValueError as e:\n        raise TypeError(\"b failed\") from e\ndef c():\n    try:\n        b()\n    except TypeError:\n        x = None\n        return x.attr\nc()\n"],
  ["carets.py", "def compute(items, i):\n    return items[i] + items[i + 1] * 2\n\nvalues = [1, 2, 3]\nresult = compute(values, 1) + compute(values,   2)\n"],
  ["carets_call.py", "import math\ndef f(x):\n    return math.sqrt(x) if x > -10 else 0\nprint(f(4))\ny = f(\n    -1\n)\n"],
  ["recursion.py", "def down(n):\n    if n == 0:\n        raise ValueError(\"bottom\")\n    return down(n - 1)\ndown(30)\n"],
  ["recursion_limit.py", "def f(n):\n    return f(n + 1)\nf(0)\n"],
  ["generator_tb.py", "def gen():\n    yield 1\n    yield 1 / 0\nfor x in gen():\n    print(x)\n"],
  ["pep479_tb.py", "def gen():\n    yield next(iter([]))\nlist(gen())\n"],
  ["with_tb.py", "class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *exc):\n        raise OSError(\"exit failed\")\nwith CM():\n    {}[\"key\"]\n"],
  ["user_exc.py", "class AppError(Exception):\n    def __init__(self, code):\n        super().__init__(f\"code {code}\")\n        self.code = code\nclass Sub(AppError):\n    pass\ndef run():\n    raise Sub(42)\ntry:\n    run()\nexcept AppError as e:\n    raise RuntimeError(\"wrapped\") from e\n"],
  ["subscript.py", "grid = [[1, 2], [3, 4]]\nrow = 1\nprint(grid[row][5 - 3])\n"],
  ["finally_tb.py", "def f():\n    try:\n        return 1 / 0\n    finally:\n        print(\"finally\")\nf()\n"],
  ["reraise.py", "def inner():\n    raise KeyError(\"deep\")\ntry:\n    inner()\nexcept KeyError:\n    print(\"handling\")\n    raise\n"],
  ["throw_tb.py", "def g():\n    try:\n        yield 1\n    except ValueError:\n        raise TypeError(\"converted\")\nit = g()\nnext(it)\nit.throw(ValueError(\"in\"))\n"],
  ["binop_multi.py", "a = 1\nb = \"2\"\nc = (a +\n     b)\n"],
  ["str_fail.py", "class E(Exception):\n    def __str__(self):\n        raise ValueError(\"no str\")\nraise E()\n"],
  ["attr_err.py", "class Point:\n    def __init__(self):\n        self.x = 1\np = Point()\nprint(p.x + p.y)\n"],
  ["exit_in_finally_gen.py", "def numbers():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print(\"generator closed at exit\")\nit = numbers()\nprint(next(it))\nraise KeyError(\"stop\")\n"],
  // the jump that calls __bool__ is located at the whole `if` statement (no carets); a comparison's at the comparison
  ["bool_in_if.py", "class B:\n    def __bool__(self):\n        return 1\nx = 5\nif x > 1 and B():\n    pass\n"],
  ["nested_calls.py", "def level3(d):\n    return d[\"missing\"]\ndef level2(d):\n    return level3(d) + 1\ndef level1():\n    return level2({\"present\": 1})\nlevel1()\n"],
];

describe("tracebacks: full stderr as python3 prints it", () => {
  for (const [name, source] of PROGRAMS) {
    it(name, () => {
      const path = join(dir, name);
      writeFileSync(path, source);
      const ours = runCommand("node", [CLI, path]);
      const py = runCommand(PYTHON, [path]);
      expect({ status: ours.status, stdout: ours.stdout, stderr: ours.stderr }).toEqual({ status: py.status, stdout: py.stdout, stderr: py.stderr });
    });
  }
});
