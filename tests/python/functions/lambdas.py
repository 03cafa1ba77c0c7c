sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(7), add(1), add(1, 2), (lambda *a: len(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
ops = [lambda x, n=n: x + n for n in range(4)]
print([f(100) for f in ops])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
def make(op):
    return {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}[op]
print(make("add")(3, 4), make("mul")(3, 4))
print((lambda: (yield_value := 5) + 1)())
