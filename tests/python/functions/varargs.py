def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(a, b=2, *rest, key=None, **extra):
    return (a, b, rest, key, extra)
print(g(1), g(1, 3, 5, 7, key="k", z=0))
args = [1, 2, 3]
kw = {"key": "K", "w": 9}
print(g(*args), g(*args, **kw), g(0, *[1, 2], *(3,), **{"x": 1}))
print(max(*[3, 8, 1]), "{}-{}".format(*"ab"))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(101)))
