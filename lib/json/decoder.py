"""JSONDecoder: a recursive-descent parser with CPython's scanner behaviour (what it accepts,
NaN/Infinity, duplicate keys, hooks) and its error messages and positions."""

__all__ = ['JSONDecoder', 'JSONDecodeError']


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


def _constant(name):
    return _CONSTANTS[name]


_WS = ' \t\n\r'
_DIGITS = '0123456789'
_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEX = '0123456789abcdefABCDEF'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


def _hex4(s, pos):
    esc = s[pos:pos + 4]
    if len(esc) == 4 and all(c in _HEX for c in esc):
        return int(esc, 16)
    return -1


def scanstring(s, end, strict=True):
    """Scan the string s for a JSON string starting after the quote at s[end - 1]; return
    (the decoded str, the index after the closing quote)."""
    chunks = []
    begin = end - 1
    n = len(s)
    while True:
        # the longest run without a quote, backslash or control character
        i = end
        while i < n:
            c = s[i]
            if c == '"' or c == '\\' or (c < ' ' and strict):
                break
            i += 1
        if i > end:
            chunks.append(s[end:i])
        if i >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[i]
        if c == '"':
            return ''.join(chunks), i + 1
        if c != '\\':
            raise JSONDecodeError("Invalid control character at", s, i)
        if i + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[i + 1]
        if esc != 'u':
            ch = _BACKSLASH.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, i)
            chunks.append(ch)
            end = i + 2
            continue
        uni = _hex4(s, i + 2)
        if uni < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i + 1)
        end = i + 6
        if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder"""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s):
        """Return the Python representation of ``s`` (a ``str`` instance containing a JSON
        document)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document from ``s`` (a ``str`` beginning with a JSON document) and
        return a 2-tuple of the Python representation and the index in ``s`` where the
        document ended."""
        try:
            return self._value(s, idx)
        finally:
            self.memo.clear()

    def _value(self, s, i):
        n = len(s)
        if i >= n:
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self._object(s, i + 1)
        if c == '[':
            return self._array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise JSONDecodeError("Expecting value", s, start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                is_float = True
                i = j + 1
                while i < n and s[i] in _DIGITS:
                    i += 1
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _object(self, s, i):
        pairs = []
        memo = self.memo
        i = _skip_ws(s, i)
        if s[i:i + 1] != '"':
            if s[i:i + 1] == '}':
                return self._finish_object(pairs), i + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)
        while True:
            key, i = scanstring(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            if c == '}':
                return self._finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            if s[i:i + 1] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, i)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = _skip_ws(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            if c == ']':
                return values, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)
