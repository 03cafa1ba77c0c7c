# re compile errors (message and position) and Match API errors
import re

for pattern in ['*a', 'a**', 'a++*', '(a', 'a)', '[a', '[z-a]', '(?P<1>a)', '(?P<a>x)(?P<a>y)', '(?P=x)',
                '\\q', 'a{3,1}', '(?i)a(?m)b', '\\1(a)', '(?<x)', 'a\\', '[\\w-z]', '(?z)', 'x{1', '(?#c',
                '(?P<n', '\\x4', 'a|*', '(a)\\2', 'ab\n(', '\\N', '\\N{DASH}', '\\N{EM DASH}+']:
    try:
        re.compile(pattern)
        print(repr(pattern), 'ok')
    except re.error as e:
        print(repr(pattern), '|', e, '|', e.msg, e.pos)
m = re.match(r'(a)(?P<n>b)', 'ab')
for bad in [lambda: m.group(3), lambda: m.group('x'), lambda: m.start(-1), lambda: re.sub('(a)', r'\2', 'a'),
            lambda: re.sub('(a)', r'\g<z>', 'a'), lambda: re.sub('a', r'\q', 'a'), lambda: re.match(1, 'a'),
            lambda: re.match('a', 1), lambda: re.compile(re.compile('a'), re.I)]:
    try:
        print(bad())
    except (IndexError, re.error, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(re.escape('a.b*c?[d] e'), re.escape('plain_text123'), re.compile('ab', re.I | re.M), re.compile('x'))
