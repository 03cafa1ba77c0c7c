"""String constants and capwords (CPython's string module, without Template/Formatter
internals beyond the basics)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """capwords(s [,sep]) -> string"""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        s = self.template
        out = []
        i = 0
        n = len(s)
        d = self.delimiter  # a subclass may choose another delimiter
        nd = len(d)
        while i < n:
            c = s[i]
            if not s.startswith(d, i):
                out.append(c)
                i += 1
                continue
            if s.startswith(d, i + nd):
                out.append(d)
                i += 2 * nd
                continue
            j = i + nd
            braced = j < n and s[j] == '{'
            if braced:
                j += 1
            k = j
            if k < n and (s[k] == '_' or s[k] in ascii_letters):
                k += 1
                while k < n and (s[k] == '_' or s[k] in ascii_letters or s[k] in digits):
                    k += 1
            name = s[j:k]
            if braced and (k >= n or s[k] != '}'):
                name = ''
            if not name:
                if safe:
                    out.append(d)
                    i += nd
                    continue
                line = s[:i].count('\n') + 1
                col = i - (s.rfind('\n', 0, i) + 1) + 1 if line > 1 else i + 1
                raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
            end = k + 1 if braced else k
            if name in mapping:
                out.append('%s' % (mapping[name],))
            elif safe:
                out.append(s[i:end])
            else:
                raise KeyError(name)
            i = end
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, True)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples, as _string.formatter_parser."""
        i, n = 0, len(format_string)
        literal = ''
        while i < n:
            c = format_string[i]
            if c in '{}' and i + 1 < n and format_string[i + 1] == c:
                # an escaped brace ends a literal chunk of its own
                yield (literal + c, None, None, None)
                literal = ''
                i += 2
                continue
            if c == '}':
                raise ValueError("Single '}' encountered in format string")
            if c != '{':
                literal += c
                i += 1
                continue
            depth, j = 1, i + 1
            while j < n and depth:
                if format_string[j] == '{':
                    depth += 1
                elif format_string[j] == '}':
                    depth -= 1
                j += 1
            if depth:
                raise ValueError("expected '}' before end of string")
            field = format_string[i + 1:j - 1]
            conversion = None
            spec = ''
            k = 0
            while k < len(field) and field[k] not in '!:':
                k += 1 if field[k] != '[' else (field.index(']', k) + 1 - k if ']' in field[k:] else 1)
            name, rest = field[:k], field[k:]
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and rest[0] != ':':
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                spec = rest[1:]
            yield (literal, name, spec, conversion)
            literal = ''
            i = j
        if literal:
            yield (literal, None, None, None)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
