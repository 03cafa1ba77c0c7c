def f(a, /, b, *, c):
    return a, b, c
for call in (lambda: f(1, 2, 3), lambda: f(a=1, b=2, c=3), lambda: f(1, 2), lambda: f(1, b=2, c=3, d=4)):
    try:
        print(call())
    except TypeError as e:
        print(e)
print(f(1, 2, c=3), f(1, b=2, c=3))
def g(*, only):
    return only
try:
    g(1)
except TypeError as e:
    print(e)
