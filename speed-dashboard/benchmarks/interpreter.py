# interpreter: a tokenizer, recursive-descent parser and tree-walking evaluator for a tiny language (strings, classes, dicts, recursion).
# tier: 3
# size: 9000
# checksum: 3039095 294975627
# test-size: 30
# test-checksum: 1979 780513542
import sys

PROGRAM = """
total = 0;
n = 1;
while (n <= limit) {
    x = n; steps = 0;
    while (x != 1) {
        if (x % 2 == 0) { x = x / 2; } else { x = 3 * x + 1; }
        steps = steps + 1;
    }
    total = total + steps * (n % 7 + 1);
    n = n + 1;
}
result = total;
"""

KEYWORDS = {"while", "if", "else"}
OPERATORS = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%", "=", ";", "(", ")", "{", "}"]


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r})"


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < n and source[i].isdigit():
                i += 1
            tokens.append(Token("num", source[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, start))
        else:
            for op in OPERATORS:
                if source.startswith(op, i):
                    tokens.append(Token("op", op, i))
                    i += len(op)
                    break
            else:
                raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("end", "", n))
    return tokens


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Name:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env[self.name]


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def eval(self, env):
        a = self.left.eval(env)
        b = self.right.eval(env)
        op = self.op
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a // b
        if op == "%":
            return a % b
        if op == "==":
            return int(a == b)
        if op == "!=":
            return int(a != b)
        if op == "<":
            return int(a < b)
        if op == "<=":
            return int(a <= b)
        if op == ">":
            return int(a > b)
        return int(a >= b)


class Assign:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def run(self, env):
        env[self.name] = self.value.eval(env)


class While:
    def __init__(self, test, body):
        self.test = test
        self.body = body

    def run(self, env):
        while self.test.eval(env):
            for stmt in self.body:
                stmt.run(env)


class If:
    def __init__(self, test, then, otherwise):
        self.test = test
        self.then = then
        self.otherwise = otherwise

    def run(self, env):
        for stmt in (self.then if self.test.eval(env) else self.otherwise):
            stmt.run(env)


PRECEDENCE = {"==": 1, "!=": 1, "<": 2, "<=": 2, ">": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def next(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, text):
        tok = self.next()
        if tok.text != text:
            raise SyntaxError(f"expected {text!r}, got {tok!r}")
        return tok

    def program(self):
        stmts = []
        while self.peek().kind != "end":
            stmts.append(self.statement())
        return stmts

    def block(self):
        self.expect("{")
        stmts = []
        while self.peek().text != "}":
            stmts.append(self.statement())
        self.expect("}")
        return stmts

    def statement(self):
        tok = self.peek()
        if tok.text == "while":
            self.next()
            self.expect("(")
            test = self.expression(0)
            self.expect(")")
            return While(test, self.block())
        if tok.text == "if":
            self.next()
            self.expect("(")
            test = self.expression(0)
            self.expect(")")
            then = self.block()
            otherwise = []
            if self.peek().text == "else":
                self.next()
                otherwise = self.block()
            return If(test, then, otherwise)
        name = self.next()
        if name.kind != "name":
            raise SyntaxError(f"expected a statement, got {name!r}")
        self.expect("=")
        value = self.expression(0)
        self.expect(";")
        return Assign(name.text, value)

    def expression(self, min_prec):
        left = self.atom()
        while True:
            tok = self.peek()
            prec = PRECEDENCE.get(tok.text, 0) if tok.kind == "op" else 0
            if prec == 0 or prec <= min_prec:
                return left
            self.next()
            left = BinOp(tok.text, left, self.expression(prec))

    def atom(self):
        tok = self.next()
        if tok.kind == "num":
            return Num(int(tok.text))
        if tok.kind == "name":
            return Name(tok.text)
        if tok.text == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        raise SyntaxError(f"unexpected {tok!r}")


def generated_expression(seed, depth):
    # A deterministic random arithmetic expression, as source text.
    seed = (seed * 1103515245 + 12345) % 2147483648
    if depth == 0 or seed % 5 == 0:
        return str(seed % 100), seed
    op = "+-*%"[seed % 4]
    left, seed = generated_expression(seed, depth - 1)
    right, seed = generated_expression(seed, depth - 1)
    if op == "%":
        right = f"({right} * 0 + {seed % 9 + 1})"
    return f"({left} {op} {right})", seed


def main():
    limit = int(sys.argv[1])
    env = {"limit": limit}
    for stmt in Parser(tokenize(PROGRAM)).program():
        stmt.run(env)
    # Parse and evaluate many generated expressions too: the front end under load.
    seed = 7
    checksum = 0
    for _ in range(limit // 3):
        text, seed = generated_expression(seed, 5)
        checksum = (checksum * 131 + Parser(tokenize(text)).expression(0).eval({})) % 1000000007
    print(env["result"], checksum)


main()
