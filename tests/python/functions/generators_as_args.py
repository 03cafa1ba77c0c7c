def stats(xs):
    xs = list(xs)
    return min(xs), max(xs), sum(xs) / len(xs)
print(stats(x * x for x in range(1, 6)))
print(stats(range(10)), stats([2.5, 3.5]))
def apply_all(fs, v):
    return [f(v) for f in fs]
print(apply_all([abs, str, lambda z: z * 2, float], -3))
