print(list(map(lambda x: x * x, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30])))
print(list(zip(range(3), "abc", [True, False, None])))
def apply(f, *a):
    return f(*a)
print(apply(pow, 2, 10), apply(max, 3, 7), apply(len, "four"))
fs = {"sq": lambda x: x * x, "neg": lambda x: -x}
print({k: f(4) for k, f in fs.items()})
print(sorted([(1, "b"), (0, "c")], key=lambda t: t[1]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, 0]), sum(x for x in range(5)))
