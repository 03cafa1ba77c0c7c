a = [[1, 2], [3, 4]]
b = a[:]
c = list(a)
d = a.copy()
b[0] = "x"
c[1].append(5)
print(a, b, c, d)
e = [0] * 3
e[0] += 1
print(e)
f = [[]] * 3
f[0].append(1)
print(f)
g = [[] for _ in range(3)]
g[0].append(1)
print(g)
h = a
h = h + [9]
print(a, h)
