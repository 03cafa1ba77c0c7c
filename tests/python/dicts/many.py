d = {}
for i in range(2000):
    d[str(i)] = i
print(len(d), d["1999"], d["0"])
for i in range(0, 2000, 2):
    del d[str(i)]
print(len(d), list(d)[:5], list(d)[-3:])
total = 0
for k in d:
    total += d[k]
print(total)
m = {i: i for i in range(1000)}
print(sum(m.values()), 999 in m, 1000 in m)
