"""An interpreter for a small language: tokenizer, recursive-descent parser, AST classes, and a
tree-walking evaluator with first-class functions, closures, while loops and lists.

Usage:
    calc_interp.py       run the embedded program with N = 30
    calc_interp.py N     ... with another N (the program's workload grows with it; 0 runs only
                         the short snippets at the end)
"""

import sys

PROGRAM = """
# Comments start with a hash. Statements end with a semicolon.
fn fib(n) {
    if n < 2 { return n; }
    return fib(n - 1) + fib(n - 2);
}

fn make_counter(start) {
    let count = start;
    fn next() {
        count = count + 1;
        return count;
    }
    return next;
}

fn map(f, xs) {
    let out = [];
    let i = 0;
    while i < len(xs) {
        push(out, f(xs[i]));
        i = i + 1;
    }
    return out;
}

fn reduce(f, xs, acc) {
    let i = 0;
    while i < len(xs) {
        acc = f(acc, xs[i]);
        i = i + 1;
    }
    return acc;
}

fn compose(f, g) { return fn(x) { return f(g(x)); }; }

fn is_prime(n) {
    if n < 2 { return false; }
    let d = 2;
    while d * d <= n {
        if n % d == 0 { return false; }
        d = d + 1;
    }
    return true;
}

let c = make_counter(10);
c(); c();
print("counter:", c());
let other = make_counter(0);
print("independent counters:", other(), c());

let squares = map(fn(x) { return x * x; }, range(1, 8));
print("squares:", squares);
print("sum of squares:", reduce(fn(a, b) { return a + b; }, squares, 0));
let inc_then_double = compose(fn(x) { return x * 2; }, fn(x) { return x + 1; });
print("compose:", inc_then_double(5));

let primes = [];
let k = 0;
while len(primes) < N {
    if is_prime(k) { push(primes, k); }
    k = k + 1;
}
print("first", N, "primes end with", primes[len(primes) - 1]);
print("fib(", N / 2, ") =", fib(N / 2));

let adders = [];
let j = 0;
while j < 3 {
    let step = j * 10;
    push(adders, fn(x) { return x + step; });
    j = j + 1;
}
print("adders:", map(fn(f) { return f(1); }, adders));
print("strings:", "ab" + "cd", len("hello"), -(3 - 10) * 2, 7 / 2, 7 % 3, !(1 < 2) || true && 3 >= 3);
"""

ERRORS = [
    "let x = ;",
    "print(undefined_name);",
    "let f = 3; f(1);",
    "fn g(a) { return a; } g(1, 2);",
    "print(1 / 0);",
    "let s = [1, 2]; s[5];",
    "while true { let x = 1 }",
    'print("unterminated);',
]

KEYWORDS = {"fn", "let", "if", "else", "while", "return", "true", "false", "nil"}
OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "+", "-", "*", "/", "%", "<", ">", "!", "=",
             "(", ")", "{", "}", "[", "]", ",", ";"]


class LangError(Exception):
    def __init__(self, message, line=None):
        super().__init__(message if line is None else f"line {line}: {message}")


class Token:
    __slots__ = ("kind", "text", "line")

    def __init__(self, kind, text, line):
        self.kind, self.text, self.line = kind, text, line

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(source):
    line = 1
    i = 0
    while i < len(source):
        c = source[i]
        if c == "\n":
            line += 1
            i += 1
        elif c.isspace():
            i += 1
        elif c == "#":
            while i < len(source) and source[i] != "\n":
                i += 1
        elif c.isdigit():
            j = i
            while j < len(source) and source[j].isdigit():
                j += 1
            yield Token("num", source[i:j], line)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(source) and (source[j].isalnum() or source[j] == "_"):
                j += 1
            word = source[i:j]
            yield Token("kw" if word in KEYWORDS else "name", word, line)
            i = j
        elif c == '"':
            j = source.find('"', i + 1)
            if j < 0:
                raise LangError("unterminated string", line)
            yield Token("str", source[i + 1:j], line)
            i = j + 1
        else:
            op = next((op for op in OPERATORS if source.startswith(op, i)), None)
            if op is None:
                raise LangError(f"unexpected character {c!r}", line)
            yield Token("op", op, line)
            i += len(op)
    yield Token("eof", "", line)


# ---- the AST ------------------------------------------------------------------------------

class Node:
    fields = ()

    def __init__(self, *args, line=0):
        for name, value in zip(self.fields, args):
            setattr(self, name, value)
        self.line = line

    def __repr__(self):
        inner = ", ".join(repr(getattr(self, f)) for f in self.fields)
        return f"{type(self).__name__}({inner})"


class Num(Node): fields = ("value",)
class Str(Node): fields = ("value",)
class Const(Node): fields = ("value",)
class Var(Node): fields = ("name",)
class ListLit(Node): fields = ("items",)
class Unary(Node): fields = ("op", "operand")
class Binary(Node): fields = ("op", "left", "right")
class Logical(Node): fields = ("op", "left", "right")
class Call(Node): fields = ("func", "args")
class Index(Node): fields = ("target", "index")
class FuncLit(Node): fields = ("name", "params", "body")
class Let(Node): fields = ("name", "value")
class Assign(Node): fields = ("name", "value")
class ExprStmt(Node): fields = ("expr",)
class If(Node): fields = ("cond", "then", "orelse")
class While(Node): fields = ("cond", "body")
class Return(Node): fields = ("value",)


class Parser:
    PRECEDENCE = [("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"), ("*", "/", "%")]

    def __init__(self, source):
        self.tokens = list(tokenize(source))
        self.pos = 0

    @property
    def tok(self):
        return self.tokens[self.pos]

    def at(self, text):
        return self.tok.text == text and self.tok.kind in ("op", "kw")

    def take(self):
        tok = self.tok
        self.pos += 1
        return tok

    def expect(self, text):
        if not self.at(text):
            found = self.tok.text or "end of input"
            raise LangError(f"expected {text!r}, found {found!r}", self.tok.line)
        return self.take()

    def program(self):
        stmts = []
        while self.tok.kind != "eof":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.expect("{")
        stmts = []
        while not self.at("}"):
            if self.tok.kind == "eof":
                raise LangError("unclosed block", self.tok.line)
            stmts.append(self.statement())
        self.expect("}")
        return stmts

    def statement(self):
        line = self.tok.line
        if self.at("let"):
            self.take()
            name = self.name()
            self.expect("=")
            value = self.expression()
            self.expect(";")
            return Let(name, value, line=line)
        if self.at("fn") and self.tokens[self.pos + 1].kind == "name":
            self.take()
            name = self.name()
            return Let(name, self.function(name, line), line=line)
        if self.at("if"):
            self.take()
            cond = self.expression()
            then = self.block()
            orelse = []
            if self.at("else"):
                self.take()
                orelse = [self.statement()] if self.at("if") else self.block()
            return If(cond, then, orelse, line=line)
        if self.at("while"):
            self.take()
            return While(self.expression(), self.block(), line=line)
        if self.at("return"):
            self.take()
            value = Const(None) if self.at(";") else self.expression()
            self.expect(";")
            return Return(value, line=line)
        expr = self.expression()
        if self.at("=") and isinstance(expr, Var):
            self.take()
            value = self.expression()
            self.expect(";")
            return Assign(expr.name, value, line=line)
        self.expect(";")
        return ExprStmt(expr, line=line)

    def name(self):
        if self.tok.kind != "name":
            raise LangError(f"expected a name, found {self.tok.text!r}", self.tok.line)
        return self.take().text

    def function(self, name, line):
        self.expect("(")
        params = []
        while not self.at(")"):
            params.append(self.name())
            if not self.at(")"):
                self.expect(",")
        self.expect(")")
        return FuncLit(name, params, self.block(), line=line)

    def expression(self, level=0):
        if level == len(self.PRECEDENCE):
            return self.unary()
        left = self.expression(level + 1)
        ops = self.PRECEDENCE[level]
        while self.tok.kind == "op" and self.tok.text in ops:
            op = self.take()
            right = self.expression(level + 1)
            cls = Logical if op.text in ("&&", "||") else Binary
            left = cls(op.text, left, right, line=op.line)
        return left

    def unary(self):
        if self.at("-") or self.at("!"):
            op = self.take()
            return Unary(op.text, self.unary(), line=op.line)
        return self.postfix(self.primary())

    def postfix(self, expr):
        while True:
            if self.at("("):
                line = self.take().line
                args = []
                while not self.at(")"):
                    args.append(self.expression())
                    if not self.at(")"):
                        self.expect(",")
                self.expect(")")
                expr = Call(expr, args, line=line)
            elif self.at("["):
                line = self.take().line
                expr = Index(expr, self.expression(), line=line)
                self.expect("]")
            else:
                return expr

    def primary(self):
        tok = self.tok
        if tok.kind == "num":
            return Num(int(self.take().text), line=tok.line)
        if tok.kind == "str":
            return Str(self.take().text, line=tok.line)
        if tok.kind == "name":
            return Var(self.take().text, line=tok.line)
        if tok.kind == "kw" and tok.text in ("true", "false", "nil"):
            self.take()
            return Const({"true": True, "false": False, "nil": None}[tok.text], line=tok.line)
        if self.at("fn"):
            self.take()
            return self.function("<anonymous>", tok.line)
        if self.at("("):
            self.take()
            expr = self.expression()
            self.expect(")")
            return expr
        if self.at("["):
            self.take()
            items = []
            while not self.at("]"):
                items.append(self.expression())
                if not self.at("]"):
                    self.expect(",")
            self.expect("]")
            return ListLit(items, line=tok.line)
        raise LangError(f"unexpected {tok.text or 'end of input'!r}", tok.line)


# ---- evaluation ---------------------------------------------------------------------------

class Env:
    """A scope: its own variables and the scope it was created in."""

    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name, line):
        env = self
        while env is not None:
            if name in env.vars:
                return env
            env = env.parent
        raise LangError(f"undefined variable {name!r}", line)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Function:
    def __init__(self, node, closure):
        self.node = node
        self.closure = closure

    def __repr__(self):
        return f"<fn {self.node.name}/{len(self.node.params)}>"


def show(value):
    if value is None:
        return "nil"
    if value is True or value is False:
        return str(value).lower()
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    return str(value)


class Interpreter:
    def __init__(self, out):
        self.out = out
        self.calls = 0
        self.globals = Env()
        builtins = {
            "print": lambda *args: self.out(" ".join(show(a) for a in args)),
            "len": len,
            "push": lambda xs, x: xs.append(x),
            "range": lambda a, b: list(range(a, b)),
        }
        self.globals.vars.update(builtins)

    def run(self, source, **predefined):
        self.globals.vars.update(predefined)
        for stmt in Parser(source).program():
            self.execute(stmt, self.globals)

    def execute_block(self, stmts, env):
        for stmt in stmts:
            self.execute(stmt, env)

    def execute(self, node, env):
        method = getattr(self, "exec_" + type(node).__name__)
        method(node, env)

    def exec_Let(self, node, env):
        env.vars[node.name] = self.eval(node.value, env)

    def exec_Assign(self, node, env):
        env.lookup(node.name, node.line).vars[node.name] = self.eval(node.value, env)

    def exec_ExprStmt(self, node, env):
        self.eval(node.expr, env)

    def exec_If(self, node, env):
        branch = node.then if self.truthy(self.eval(node.cond, env)) else node.orelse
        self.execute_block(branch, Env(env))

    def exec_While(self, node, env):
        while self.truthy(self.eval(node.cond, env)):
            self.execute_block(node.body, Env(env))

    def exec_Return(self, node, env):
        raise ReturnSignal(self.eval(node.value, env))

    @staticmethod
    def truthy(value):
        return value is not None and value is not False and value != 0

    def eval(self, node, env):
        kind = type(node)
        if kind is Num or kind is Str or kind is Const:
            return node.value
        if kind is Var:
            return env.lookup(node.name, node.line).vars[node.name]
        if kind is Binary:
            return self.binary(node.op, self.eval(node.left, env), self.eval(node.right, env), node.line)
        if kind is Logical:
            left = self.eval(node.left, env)
            if (node.op == "&&") != self.truthy(left):
                return left
            return self.eval(node.right, env)
        if kind is Unary:
            value = self.eval(node.operand, env)
            return not self.truthy(value) if node.op == "!" else -value
        if kind is Call:
            func = self.eval(node.func, env)
            args = [self.eval(a, env) for a in node.args]
            return self.call(func, args, node.line)
        if kind is Index:
            target, index = self.eval(node.target, env), self.eval(node.index, env)
            try:
                return target[index]
            except IndexError:
                raise LangError(f"index {index} out of range for a list of {len(target)}", node.line) from None
        if kind is ListLit:
            return [self.eval(item, env) for item in node.items]
        if kind is FuncLit:
            return Function(node, env)
        raise LangError(f"cannot evaluate {kind.__name__}", node.line)

    ARITH = {
        "+": lambda a, b: a + b,
        "-": lambda a, b: a - b,
        "*": lambda a, b: a * b,
        "%": lambda a, b: a % b,
        "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b,
        ">": lambda a, b: a > b,
        ">=": lambda a, b: a >= b,
        "==": lambda a, b: a == b,
        "!=": lambda a, b: a != b,
    }

    def binary(self, op, a, b, line):
        if op == "/":
            if b == 0:
                raise LangError("division by zero", line)
            return a // b
        try:
            return self.ARITH[op](a, b)
        except TypeError:
            raise LangError(f"bad operands for {op}: {show(a)} and {show(b)}", line) from None

    def call(self, func, args, line):
        self.calls += 1
        if isinstance(func, Function):
            params = func.node.params
            if len(args) != len(params):
                raise LangError(f"{func.node.name}() takes {len(params)} arguments, got {len(args)}", line)
            env = Env(func.closure)
            env.vars.update(zip(params, args))
            try:
                self.execute_block(func.node.body, env)
            except ReturnSignal as ret:
                return ret.value
            return None
        if callable(func):
            return func(*args)
        raise LangError(f"{show(func)} is not a function", line)


def main(argv):
    n = int(argv[0]) if argv else 30
    if n > 0:
        lines = []
        interp = Interpreter(lines.append)
        interp.run(PROGRAM, N=n)
        print("\n".join(lines))
        print(f"({interp.calls} calls)")
    tree = Parser("fn f(x) { return x * (x + 1); }").program()
    print(tree[0].value.body)
    for source in ERRORS:
        try:
            Interpreter(print).run(source)
        except LangError as e:
            print(f"error: {e}")


if __name__ == "__main__":
    main(sys.argv[1:])
