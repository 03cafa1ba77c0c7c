"""Support for regular expressions (CPython's re API on the _re core, which translates
patterns to JavaScript RegExps; str patterns only)."""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
           "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I",
           "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
           "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]

__version__ = "2.2.1"

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [(TEMPLATE, 'TEMPLATE'), (IGNORECASE, 'IGNORECASE'), (LOCALE, 'LOCALE'),
               (MULTILINE, 'MULTILINE'), (DOTALL, 'DOTALL'), (UNICODE, 'UNICODE'),
               (VERBOSE, 'VERBOSE'), (DEBUG, 'DEBUG'), (ASCII, 'ASCII')]


RegexFlag = int


_MAXREPEAT = 4294967295
_MAXSIZE = 9223372036854775807


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


PatternError = error


def _flags_repr(flags):
    names = []
    for value, name in _FLAG_NAMES:
        if flags & value:
            names.append('re.' + name)
            flags &= ~value
    if flags:
        names.append(hex(flags))
    return '|'.join(names)


class Pattern:
    """Compiled regular expression object."""

    def __init__(self, pattern, flags):
        code = _re.compile(pattern, flags)
        if isinstance(code, tuple):
            raise error(code[0], pattern, code[1])
        self._code = code
        self.pattern = pattern
        groups, groupindex, self.flags = _re.info(code)
        self.groups = groups
        self.groupindex = groupindex
        self._names = {}
        for name, index in groupindex.items():
            self._names[index] = name

    def __repr__(self):
        flags = self.flags & ~UNICODE
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, _flags_repr(flags))
        return 're.compile(%s)' % (text,)

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _exec(self, string, pos, endpos, mode):
        r = _re.exec(self._code, _check_str(string), pos, endpos, mode)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._exec(string, pos, endpos, 0)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        return _re.scan(self._code, _check_str(string), pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        for r in self._scan(string, pos, endpos):
            yield Match(self, string, pos, endpos, r)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        groups = self.groups
        for r in self._scan(string, pos, endpos):
            if groups == 0:
                out.append(string[r[0]:r[1]])
            elif groups == 1:
                out.append(_group_text(string, r, 1, ''))
            else:
                out.append(tuple([_group_text(string, r, g, '') for g in range(1, groups + 1)]))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        out = []
        last = 0
        for r in self._scan(string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:r[0]])
            for g in range(1, self.groups + 1):
                out.append(_group_text(string, r, g, None))
            last = r[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = None
        else:
            template = _compile_template(self, _check_str(repl))
            if len(template) == 1 and isinstance(template[0], str):
                literal = template[0]
                expand = None
            else:
                literal = None
                expand = template
        out = []
        last = 0
        n = 0
        for r in self._scan(string, 0, _MAXSIZE, count):
            out.append(string[last:r[0]])
            if callable(repl):
                piece = repl(Match(self, string, 0, _MAXSIZE, r))
                if piece is not None:
                    out.append(_check_repl_result(piece))
            elif expand is None:
                out.append(literal)
            else:
                out.append(_expand(expand, string, r))
            last = r[1]
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('Pattern.scanner')

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _check_str(s):
    if not isinstance(s, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(s).__name__)
    return s


def _check_repl_result(piece):
    if not isinstance(piece, str):
        raise TypeError("expected str instance, %s found" % type(piece).__name__)
    return piece


def _group_text(string, r, g, default):
    start = r[2 * g]
    if start < 0:
        return default
    return string[start:r[2 * g + 1]]


class Match:
    """The result of re.match() and re.search()."""

    def __init__(self, pattern, string, pos, endpos, result):
        self.re = pattern
        self.string = string
        self.pos = pos if pos >= 0 else 0
        self.endpos = min(endpos, len(string)) if endpos >= 0 else 0
        self._r = result
        last = result[-1]
        self.lastindex = last if last > 0 else None
        self.lastgroup = pattern._names.get(last) if last > 0 else None

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            index = self.re.groupindex.get(g)
            if index is not None:
                return index
        raise IndexError('no such group')

    def group(self, *args):
        if not args:
            return _group_text(self.string, self._r, 0, None)
        if len(args) == 1:
            return _group_text(self.string, self._r, self._index(args[0]), None)
        return tuple([_group_text(self.string, self._r, self._index(g), None) for g in args])

    def __getitem__(self, g):
        return _group_text(self.string, self._r, self._index(g), None)

    def groups(self, default=None):
        return tuple([_group_text(self.string, self._r, g, default)
                      for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        return {name: _group_text(self.string, self._r, index, default)
                for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._r[2 * self._index(group)]

    def end(self, group=0):
        return self._r[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._r[2 * g], self._r[2 * g + 1])

    def expand(self, template):
        return _expand(_compile_template(self.re, template), self.string, self._r)

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (
            self._r[0], self._r[1], self.string[self._r[0]:self._r[1]])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- replacement templates: a list of literal strings and group numbers

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_DIGITS = '0123456789'
_OCTDIGITS = '01234567'


def _compile_template(pattern, repl):
    parts = []
    literal = []
    i = 0
    n = len(repl)
    while i < n:
        c = repl[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, i)
        d = repl[i + 1]
        if d == 'g':
            if i + 2 >= n or repl[i + 2] != '<':
                raise error('missing <', repl, i + 2)
            close = repl.find('>', i + 3)
            if close < 0:
                raise error('missing >, unterminated name', repl, i + 3)
            name = repl[i + 3:close]
            if not name:
                raise error('missing group name', repl, i + 3)
            if all(c in _DIGITS for c in name):
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, repl, i + 3)
            elif _isidentifier(name):
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, repl, i + 3)
            _flush(parts, literal)
            parts.append(index)
            i = close + 1
        elif d == '0':
            j = i + 2
            while j < n and j < i + 4 and repl[j] in _OCTDIGITS:
                j += 1
            literal.append(chr(int(repl[i + 1:j], 8)))
            i = j
        elif d in _DIGITS:
            j = i + 2
            if j < n and repl[j] in _DIGITS:
                if (d in _OCTDIGITS and repl[j] in _OCTDIGITS and j + 1 < n and
                        repl[j + 1] in _OCTDIGITS):
                    value = int(repl[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377'
                                    % repl[i + 1:j + 2], repl, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            index = int(repl[i + 1:j])
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, repl, i + 1)
            _flush(parts, literal)
            parts.append(index)
            i = j
        elif d in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[d])
            i += 2
        elif d in _ASCII_LETTERS:
            raise error('bad escape \\%s' % d, repl, i)
        else:
            literal.append('\\' + d)
            i += 2
    _flush(parts, literal)
    if not parts:
        parts.append('')
    return parts


def _isidentifier(name):
    return (name[:1] == '_' or name[:1].isalpha()) and all(c == '_' or c.isalnum() for c in name)


def _flush(parts, literal):
    if literal:
        parts.append(''.join(literal))
        literal.clear()


def _expand(template, string, r):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            text = _group_text(string, r, part, None)
            if text is not None:
                out.append(text)
    return ''.join(out)


# ---- module-level functions, with a cache of compiled patterns

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        if type(pattern).__name__ in ('bytes', 'bytearray'):
            raise TypeError('bytes patterns are not supported')
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None
    if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if no
    match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the
    pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list containing
    the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL_CHARS = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _SPECIAL_CHARS[_c] = '\\' + _c
del _c


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return ''.join([_SPECIAL_CHARS.get(c, c) for c in pattern])
    raise TypeError('bytes patterns are not supported')
