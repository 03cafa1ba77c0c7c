a = set(range(10))
b = {x for x in range(5, 15)}
print(sorted(a & b), len(a | b), sorted(b - a), sorted(a ^ b)[:4])
a -= {0, 1}
a |= {100}
a &= set(range(50)) | {100}
print(sorted(a))
seen = set()
dups = []
for x in [3, 1, 3, 2, 1, 5]:
    if x in seen:
        dups.append(x)
    seen.add(x)
print(dups, len(seen))
fs = frozenset([1, 2, 3])
print(sorted(fs | {4}), fs & {2, 9}, 2 in fs, {fs: "key"}[frozenset([3, 2, 1])])
s = {1, 2, 3}
s.intersection_update({2, 3, 4})
print(s, s.symmetric_difference({3, 5}) == {2, 5}, s.issuperset({2}))
print(s.pop() in {2, 3}, set([]) == set(), {1} != {1.0})
