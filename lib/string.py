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
        while i < n:
            c = s[i]
            if c != '$':
                out.append(c)
                i += 1
                continue
            if i + 1 < n and s[i + 1] == '$':
                out.append('$')
                i += 2
                continue
            j = i + 1
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
                    out.append('$')
                    i += 1
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

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
