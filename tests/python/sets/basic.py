s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.discard(9)
s.remove(3)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= {1, 2, 3, 4, 5}, a < a, {1} < a, a.issubset(a), a.isdisjoint({9}))
print(set(), set([1, 1, 2]) == {1, 2}, sorted(set("hello")), frozenset([1, 2]) == {1, 2})
e = set()
for i in range(20):
    e.add(i % 7)
print(sorted(e), len(e))
try:
    s.remove(100)
except KeyError as ex:
    print("KeyError", ex)
print({1, 2} | {2.0, 3}, {(1, 2), (1, 2)})
u = a.union(b, {10})
print(sorted(u), sorted(a.intersection(b)), sorted(a.difference(b)))
