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
shifted = string.ascii_lowercase[3:] + string.ascii_lowercase[:3]
caesar = dict(zip(string.ascii_lowercase, shifted))
print(''.join(caesar.get(c, c) for c in 'attack at dawn'))
print(sum(c in string.punctuation for c in 'Hello, world! (ok?)'), [c for c in 'a1b2' if c in string.digits])
