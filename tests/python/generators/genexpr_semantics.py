# generator expressions: laziness, first iterable evaluated eagerly, single use, scoping
log = []
def src(n):
    log.append("src")
    for i in range(n):
        log.append(i)
        yield i

g = (x * 2 for x in src(3))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))

try:
    h = (x for x in 5)
except TypeError as e:
    print("eager:", e)

x = "outer"
vals = list(x for x in range(3))
print(vals, x)
print(sum(i * i for i in range(10)), any(i > 5 for i in range(3)), all(i < 5 for i in range(3)))
print(dict((k, v) for k, v in zip("ab", [1, 2])), sorted(set(c for c in "hello")))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
gen = (y for y in range(3) if y != 1)
print(type(gen).__name__, list(gen))
lazy_err = (1 / d for d in [1, 0])
print(next(lazy_err))
try:
    next(lazy_err)
except ZeroDivisionError as e:
    print("raised on demand:", e)
