def f(a, b, c=1):
    return a
def k(*, x):
    return x
tests = [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4), lambda: f(1, 2, d=5), lambda: f(1, a=1, b=2),
         lambda: k(), lambda: k(1), lambda: k(y=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
