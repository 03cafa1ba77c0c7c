"""A JSON tokenizer, parser and pretty-printer written from scratch, with its own error reports.

Usage:
    json_pretty.py            parse and pretty-print the embedded sample, then a generated document
    json_pretty.py N          ... with N records in the generated document (default 400)
    json_pretty.py FILE       parse and pretty-print FILE
"""

import json
import sys

SAMPLE = r"""
{
  "name": "pypy-ts",
  "version": [0, 1, 0],
  "stable": false,
  "license": null,
  "ratio": 0.0625,
  "big": 12345678901234567890,
  "tiny": -1.5e-7,
  "escapes": "tab\there \"quoted\" back\\slash \u00e9t\u00e9 \ud83d\ude00",
  "authors": [
    {"name": "Ada", "langs": ["Python", "TypeScript"], "commits": 412},
    {"name": "Grace", "langs": [], "commits": 97}
  ],
  "nested": {"a": {"b": {"c": [1, [2, [3, [4]]]]}}},
  "empty": {}
}
"""

# Documents that must fail, each with the error it should report.
BROKEN = [
    '{"a": 1,}',
    '[1, 2',
    '{"a" 1}',
    '"unterminated',
    '[01]',
    '{"x": tru}',
    '[1.]',
    '"bad \\q escape"',
    '[1] 2',
    '',
    '{"a": [1, 2, {"b": nul}]}',
    '"\\ud800"',
    '{\n  "multi": [\n    1,\n    2 3\n  ]\n}',
]

WHITESPACE = " \t\n\r"
ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
LITERALS = {"true": True, "false": False, "null": None}


class JSONError(Exception):
    """A syntax error with the line and column it was found at."""

    def __init__(self, message, text, pos):
        self.message = message
        self.pos = pos
        self.line = text.count("\n", 0, pos) + 1
        self.col = pos - text.rfind("\n", 0, pos)
        super().__init__(f"{message} at line {self.line}, column {self.col}")

    def excerpt(self, text):
        """The offending line with a caret under the column."""
        start = text.rfind("\n", 0, self.pos) + 1
        end = text.find("\n", self.pos)
        line = text[start:end if end >= 0 else len(text)]
        return f"    {line}\n    {' ' * (self.col - 1)}^"


class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r}, {self.pos})"


def tokenize(text):
    """Yields Tokens: punctuation, STRING, NUMBER, LITERAL, and a final EOF."""
    i = 0
    n = len(text)
    while True:
        while i < n and text[i] in WHITESPACE:
            i += 1
        if i >= n:
            yield Token("EOF", None, i)
            return
        c = text[i]
        if c in "{}[]:,":
            yield Token(c, c, i)
            i += 1
        elif c == '"':
            value, end = scan_string(text, i)
            yield Token("STRING", value, i)
            i = end
        elif c == "-" or c.isdigit():
            value, end = scan_number(text, i)
            yield Token("NUMBER", value, i)
            i = end
        elif c.isalpha():
            j = i
            while j < n and text[j].isalpha():
                j += 1
            word = text[i:j]
            if word not in LITERALS:
                raise JSONError(f"unknown literal {word!r}", text, i)
            yield Token("LITERAL", LITERALS[word], i)
            i = j
        else:
            raise JSONError(f"unexpected character {c!r}", text, i)


def scan_string(text, start):
    """The decoded string starting at the quote at `start`, and the index after its end."""
    parts = []
    i = start + 1
    n = len(text)
    while True:
        j = i
        while j < n and text[j] not in '"\\' and text[j] >= " ":
            j += 1
        parts.append(text[i:j])
        if j >= n:
            raise JSONError("unterminated string", text, start)
        c = text[j]
        if c == '"':
            return "".join(parts), j + 1
        if c != "\\":
            raise JSONError("control character in string", text, j)
        esc = text[j + 1:j + 2]
        if esc == "u":
            code, i = scan_unicode(text, j)
            parts.append(code)
        elif esc in ESCAPES and esc:
            parts.append(ESCAPES[esc])
            i = j + 2
        else:
            raise JSONError(f"invalid escape {text[j:j + 2]!r}", text, j)


def scan_unicode(text, j):
    """A \\uXXXX escape at j (joining a surrogate pair); the character and the index after it."""
    code = hex4(text, j)
    if 0xD800 <= code < 0xDC00:
        if text[j + 6:j + 8] != "\\u":
            raise JSONError("lone high surrogate", text, j)
        low = hex4(text, j + 6)
        if not 0xDC00 <= low < 0xE000:
            raise JSONError("invalid low surrogate", text, j + 6)
        return chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)), j + 12
    return chr(code), j + 6


def hex4(text, j):
    digits = text[j + 2:j + 6]
    if len(digits) != 4 or any(d not in "0123456789abcdefABCDEF" for d in digits):
        raise JSONError("bad \\u escape", text, j)
    return int(digits, 16)


def scan_number(text, start):
    """A JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?"""
    i = start
    n = len(text)

    def digits(i, what):
        j = i
        while j < n and text[j].isdigit():
            j += 1
        if j == i:
            raise JSONError(f"expected digits {what}", text, i)
        return j

    if text[i] == "-":
        i += 1
    if text[i:i + 1] == "0":
        i += 1
        if i < n and text[i].isdigit():
            raise JSONError("leading zero in number", text, start)
    else:
        i = digits(i, "in number")
    is_float = False
    if i < n and text[i] == ".":
        i = digits(i + 1, "after the decimal point")
        is_float = True
    if i < n and text[i] in "eE":
        i += 1
        if i < n and text[i] in "+-":
            i += 1
        i = digits(i, "in the exponent")
        is_float = True
    literal = text[start:i]
    return (float(literal) if is_float else int(literal)), i


class Parser:
    """Recursive descent over the token stream, one token of lookahead."""

    def __init__(self, text):
        self.text = text
        self.tokens = tokenize(text)
        self.tok = next(self.tokens)
        self.depth = 0
        self.max_depth = 0

    def advance(self):
        tok = self.tok
        self.tok = next(self.tokens)
        return tok

    def expect(self, kind, context):
        if self.tok.kind != kind:
            raise self.error(f"expected {kind!r} {context}")
        return self.advance()

    def error(self, message):
        found = "end of input" if self.tok.kind == "EOF" else repr(self.tok.value)
        return JSONError(f"{message}, found {found}", self.text, self.tok.pos)

    def parse(self):
        value = self.value()
        if self.tok.kind != "EOF":
            raise self.error("extra data after the document")
        return value

    def value(self):
        kind = self.tok.kind
        if kind in ("STRING", "NUMBER", "LITERAL"):
            return self.advance().value
        if kind == "{":
            return self.nested(self.object)
        if kind == "[":
            return self.nested(self.array)
        raise self.error("expected a value")

    def nested(self, parse):
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        try:
            return parse()
        finally:
            self.depth -= 1

    def object(self):
        self.advance()
        result = {}
        if self.tok.kind == "}":
            self.advance()
            return result
        while True:
            key = self.expect("STRING", "as an object key").value
            self.expect(":", "after an object key")
            result[key] = self.value()
            if self.tok.kind == "}":
                self.advance()
                return result
            self.expect(",", "between object members")

    def array(self):
        self.advance()
        result = []
        if self.tok.kind == "]":
            self.advance()
            return result
        while True:
            result.append(self.value())
            if self.tok.kind == "]":
                self.advance()
                return result
            self.expect(",", "between array items")


def parse(text):
    return Parser(text).parse()


def quote(s):
    out = ['"']
    for ch in s:
        if ch == '"' or ch == "\\":
            out.append("\\" + ch)
        elif ch < " ":
            named = {"\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}.get(ch)
            out.append(named or f"\\u{ord(ch):04x}")
        elif ord(ch) > 126:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def render(value, indent=2, sort_keys=False, level=0):
    """Pretty-prints like json.dumps(value, indent=indent, sort_keys=sort_keys)."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if isinstance(value, list):
        if not value:
            return "[]"
        items = (pad + render(v, indent, sort_keys, level + 1) for v in value)
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = (f"{pad}{quote(k)}: {render(value[k], indent, sort_keys, level + 1)}" for k in keys)
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def compact(value):
    """The shortest rendering, with no whitespace at all."""
    if isinstance(value, list):
        return "[" + ",".join(compact(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{quote(k)}:{compact(v)}" for k, v in value.items()) + "}"
    return render(value)


def stats(value):
    """Counts of each kind of value in a document, by walking it with an explicit stack."""
    counts = {}
    stack = [value]
    while stack:
        v = stack.pop()
        kind = type(v).__name__
        counts[kind] = counts.get(kind, 0) + 1
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return dict(sorted(counts.items()))


def generate(n):
    """A deterministic document with n records (a small linear congruential generator)."""
    seed = 12345
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]

    def rand(k):
        nonlocal seed
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        return (seed >> 16) % k

    records = []
    for i in range(n):
        records.append({
            "id": i,
            "name": f"{words[rand(8)]}-{rand(1000):03d}",
            "score": rand(10000) / 100,
            "tags": [words[rand(8)] for _ in range(rand(4))],
            "active": rand(2) == 1,
            "parent": None if i == 0 else rand(i),
        })
    return {"count": n, "records": records}


def show_errors():
    print("--- error reports ---")
    for doc in BROKEN:
        try:
            parse(doc)
        except JSONError as e:
            print(f"{doc!r}: {e}")
            print(e.excerpt(doc))
        else:
            print(f"{doc!r}: parsed?!")


def check_round_trip(value):
    """Renders the value, parses it back, and checks both against the json module."""
    text = render(value)
    again = parse(text)
    assert again == value, "round trip changed the value"
    assert parse(compact(value)) == value
    if text != json.dumps(value, indent=2):
        raise AssertionError("render() differs from json.dumps(indent=2)")
    if compact(value) != json.dumps(value, separators=(",", ":")):
        raise AssertionError("compact() differs from json.dumps(separators=(',', ':'))")
    if json.loads(text) != value:
        raise AssertionError("json.loads disagrees with parse()")
    return text


def run_sample():
    print("--- sample ---")
    parser = Parser(SAMPLE)
    value = parser.parse()
    print(check_round_trip(value))
    print("sorted keys:", compact({k: value[k] for k in sorted(value)[:4]}))
    print("escapes decode to:", value["escapes"])
    print(f"max depth {parser.max_depth}, kinds {stats(value)}")
    print(render({"x": [1, {"y": []}]}, indent=4, sort_keys=True))


def run_generated(n):
    print(f"--- generated, {n} records ---")
    doc = generate(n)
    text = check_round_trip(doc)
    lines = text.splitlines()
    print(f"{len(text)} characters, {len(lines)} lines, compact {len(compact(doc))} characters")
    print("\n".join(lines[:12]))
    records = doc["records"]
    active = [r for r in records if r["active"]]
    if records:
        best = max(records, key=lambda r: (r["score"], -r["id"]))
        print(f"active {len(active)}/{len(records)}, best {best['name']} ({best['score']:.2f})")
    tags = {}
    for r in records:
        for t in r["tags"]:
            tags[t] = tags.get(t, 0) + 1
    print("tags:", ", ".join(f"{t}={c}" for t, c in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))))


def run_file(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        value = parse(text)
    except JSONError as e:
        print(f"{path}: {e}", file=sys.stderr)
        print(e.excerpt(text), file=sys.stderr)
        return 1
    print(render(value))
    return 0


def main(argv):
    if argv and not argv[0].isdigit():
        return run_file(argv[0])
    n = int(argv[0]) if argv else 400
    run_sample()
    show_errors()
    run_generated(n)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
