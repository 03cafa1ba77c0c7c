# argument binding: defaults, keyword-only, positional-only, *args/**kwargs and their errors
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return (a, b, c, args, d, e, kw)


print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, z=7))
print(f(1, c=9, d=0, b=1))


def g(x, *, y):
    return x + y


def h(*, only):
    return only


def k(a, b, /):
    return a - b


calls = [
    lambda: f(d=1),
    lambda: f(1),
    lambda: g(1, 2),
    lambda: g(1, y=2, z=3),
    lambda: g(1, x=2, y=3),
    lambda: h(1),
    lambda: k(a=1, b=2),
    lambda: k(1),
    lambda: k(1, 2, 3),
    lambda: (lambda: 0)(1),
    lambda: f(1, **{'d': 1, 'd2': 2}, e=1),
    lambda: g(1, **{'y': 2, 'x': 3}),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print('TypeError', e)


def defaults(a, items=[], n=len('abc')):
    items.append(a)
    return items, n


print(defaults(1), defaults(2), defaults(3, []))
print(f.__defaults__, f.__kwdefaults__, g.__kwdefaults__, k.__defaults__)
g(1)
