# json_roundtrip: a JSON encoder and decoder written in Python, round-tripping a generated document (strings, dicts, recursion).
# tier: 3
# size: 15000
# checksum: 3083246 1795162426 7761632.618557
# test-size: 20
# test-checksum: 4072 948095397 10236.804124
import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}


def encode_string(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        out.append(encode_string(value))
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            encode(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            out.append(encode_string(key))
            out.append(": ")
            encode(item, out)
        out.append("}")
    else:
        raise TypeError(f"cannot encode {type(value).__name__}")


def dumps(value):
    out = []
    encode(value, out)
    return "".join(out)


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, what):
        raise ValueError(f"{what} at position {self.pos}")

    def skip_space(self):
        text = self.text
        while self.pos < len(text) and text[self.pos] in " \t\n\r":
            self.pos += 1

    def value(self):
        self.skip_space()
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        self.error("unexpected character")

    def object(self):
        self.pos += 1
        result = {}
        self.skip_space()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_space()
            key = self.string()
            self.skip_space()
            if self.text[self.pos] != ":":
                self.error("expected ':'")
            self.pos += 1
            result[key] = self.value()
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                self.error("expected ',' or '}'")

    def array(self):
        self.pos += 1
        result = []
        self.skip_space()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_space()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                self.error("expected ',' or ']'")

    def string(self):
        text = self.text
        if text[self.pos] != '"':
            self.error("expected a string")
        self.pos += 1
        parts = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                parts.append(text[start:self.pos])
                self.pos += 1
                return "".join(parts)
            if ch == "\\":
                parts.append(text[start:self.pos])
                esc = text[self.pos + 1]
                if esc == "u":
                    parts.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                else:
                    parts.append(UNESCAPES[esc])
                    self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        is_float = False
        while self.pos < len(text) and text[self.pos] in "+-0123456789.eE":
            if text[self.pos] in ".eE":
                is_float = True
            self.pos += 1
        literal = text[start:self.pos]
        return float(literal) if is_float else int(literal)


def loads(text):
    decoder = Decoder(text)
    result = decoder.value()
    decoder.skip_space()
    if decoder.pos != len(text):
        decoder.error("extra data")
    return result


NAMES = ["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken", "Dennis", "Margaret", "Zoë", "Ørjan"]
TAGS = ["fast", "safe", "tab\there", 'quote"d', "new\nline", "back\\slash", "naïve", "plain"]


def make_document(n):
    seed = 2024
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        records.append({
            "id": i,
            "name": NAMES[seed % len(NAMES)] + " " + str(seed % 1000),
            "score": (seed % 100000) / 97.0,
            "big": seed * 123456789,
            "active": seed % 3 == 0,
            "manager": None if seed % 5 else i // 2,
            "tags": [TAGS[(seed >> k) % len(TAGS)] for k in range(seed % 4)],
            "position": {"x": (seed % 2000) - 1000, "y": -(seed % 777) / 8, "label": f"p{seed % 50}"},
        })
    return {"version": 3, "records": records, "empty": {}, "nothing": []}


def main():
    n = int(sys.argv[1])
    document = make_document(n)
    text = dumps(document)
    decoded = loads(text)
    if decoded != document:
        raise AssertionError("round trip changed the document")
    again = dumps(decoded)
    if again != text:
        raise AssertionError("re-encoding changed the text")
    h = 0
    for ch in again[::7]:
        h = (h * 33 + ord(ch)) % 4294967291
    total_score = sum(r["score"] for r in decoded["records"])
    print(len(text), h, f"{total_score:.6f}")


main()
