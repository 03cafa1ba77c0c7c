a = []
print(a)
a.append(1)
a.append(2)
print(a, sum(a))
a.append(2.5)
print(a, sum(a))
a.append("x")
print(a)
f = [1.5, 2.5]
f.append(3)
print(f, f[2], type(f[2]).__name__)
g = [1, 2, 3]
g[1] = 2.0
print(g)
h = [1, 2, 3]
h[0] = None
print(h)
e = []
e.extend([1.0, 2.0])
e.insert(1, 7)
print(e)
big = [2 ** 70, 1]
big.append(3)
print(big, max(big))
m = list(range(5))
m[1:3] = ["a", "b", "c"]
print(m)
