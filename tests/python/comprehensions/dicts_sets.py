print({k: v for k, v in zip("abc", range(3))})
print({i % 4 for i in range(20)})
print({w: len(w) for w in "the quick brown fox".split() if len(w) > 3})
print(sorted({(a, b) for a in range(3) for b in range(3) if a != b}))
d = {i: {j: i * j for j in range(3)} for i in range(3)}
print(d)
