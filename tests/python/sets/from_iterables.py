words = "to be or not to be that is the question".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
print(sorted({len(w) for w in words}), sorted(set(range(0, 20, 3)) & set(range(0, 20, 2))))
letters = set()
for w in words:
    letters |= set(w)
print("".join(sorted(letters)))
print(set([1, 2]) == frozenset([2, 1]), {1, 2}.union([3]) == {1, 2, 3}, len(set()))
