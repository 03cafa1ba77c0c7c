sq = {}
for i in range(-50, 50):
    sq[i] = i * i
print(len(sq), sq[-7], sq[49], -50 in sq, 50 in sq)
big = {2 ** 64: "a", -(2 ** 64): "b", 2 ** 64 + 1: "c"}
print(big[2 ** 64], big[-(2 ** 64)], len(big))
mixed = {1: "one", 1.5: "x", "1": "s", (1,): "t"}
print(mixed[1.0], mixed[1.5], mixed["1"], mixed[(1,)])
counts = {}
for n in [3, 1, 3, 3, 2, 1]:
    counts[n] = counts.get(n, 0) + 1
print(sorted(counts.items(), key=lambda kv: -kv[1]))
