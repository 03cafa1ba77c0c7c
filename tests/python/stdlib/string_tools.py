# the string module: constants, capwords, Template substitution, Formatter
import string

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords('hello   wide  world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}s; $$ costs $amount')
print(t.substitute(who='ann', what='apple', amount=3))
print(t.safe_substitute(who='bob'), t.template)
print(string.Template('$x$y').substitute({'x': 1}, y=2))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $').substitute()
except ValueError as e:
    print('ValueError', e)
f = string.Formatter()
print(f.format('{0}-{name}-{0!r}', 'x', name='n'), f.format('{:>5}|{:.2f}', 'ab', 3.14159))
print(list(f.parse('a{0}b{x!r:>3}c')))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print('hello world'.translate(table), 'uryyb jbeyq'.translate(table))
print(all(c in string.printable for c in 'abc\n'), ''.join(c for c in 'a1b2c3' if c in string.digits))


class Upper(string.Template):
    delimiter = '%'


print(Upper('%greet, %name!').substitute(greet='Hi', name='you'))
string.Template('$missing').substitute()
