it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, None), next(it, "x"))
s = iter("ab")
print(list(s), list(s))
d = iter({"k": 1, "j": 2})
print(next(d), list(d))
r = iter(range(3))
print(iter(r) is r, list(r))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")
try:
    iter(5)
except TypeError as e:
    print(e)
