# list[i] = v on each storage strategy: the eval loop's store fast path and the residual one
xs = [1, 2, 3]
xs[0] = 5
xs[-1] = 7
print(xs)
xs[1] = 10**20  # an int list given a big int generalizes
print(xs)
xs[1] = 2.5
print(xs)
ys = [1, 2, 3]
ys[2] = "a"
print(ys)
ys[0] = None
print(ys)
zs = [1.0, 2.0]
zs[0] = 3
print(zs, type(zs[0]).__name__)
zs[-2] = True
print(zs)
for bad in (3, -4):
    try:
        ys[bad] = 1
    except IndexError as e:
        print("IndexError", e)
try:
    ys["x"] = 1
except TypeError as e:
    print("TypeError", e)
acc = [0] * 10
for i in range(1000):
    acc[i % 10] = acc[i % 10] + i
    acc[-1 - i % 10] += 1
print(acc)
objs = [None] * 4
for i in range(100):
    objs[i % 4] = [i]
print(objs)
d = {}
for i in range(100):
    d[i % 7] = d.get(i % 7, 0) + i
print(sorted(d.items()))
f = [].append
f(1)
print(len([1, 2]), {}.get(1, 2), "-".join(["b", "c"]), abs(-3), max(1, 5, 2))
try:
    len()
except TypeError as e:
    print("TypeError", e)
