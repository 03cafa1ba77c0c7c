# string constants, capwords and Template
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits, string.punctuation)
print(repr(string.whitespace), repr(string.printable), len(string.printable))
print(string.capwords('hello   world  from python'), string.capwords(' a-b c-d ', '-'), string.capwords(''))
t = string.Template('$who likes ${what} for $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'ann', 'what': 'tea'}))
print(t.safe_substitute(who='bob'), string.Template('$x$y').substitute(x=1, y=2))
for bad in [lambda: t.substitute(who='x'), lambda: string.Template('cost: $').substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
caesar = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[3:] + string.ascii_lowercase[:3])
print('attack at dawn'.translate(caesar))
print(sum(c in string.punctuation for c in 'Hello, world! (ok?)'), [c for c in 'a1b2' if c in string.digits])
