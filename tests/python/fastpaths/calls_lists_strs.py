# Call shapes (the simple positional path and the general one), list indexing, dict keys,
# str building.
def add(a, b):
    return a + b
def dflt(a, b=10):
    return a - b
def star(*args):
    return len(args)
def outer(k):
    def inner(x):
        return x * k
    return inner
class P:
    def __init__(self, v):
        self.v = v
    def get(self, d):
        return self.v + d
t = 0
for i in range(50):
    t = add(t, i) + dflt(i) + dflt(i, 1) + star(i, i) + outer(3)(i) + P(i).get(1)
print(t)
try:
    add(1)
except TypeError as e:
    print(e)
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)
xs = [i * 3 for i in range(10)]
print(xs[0], xs[9], xs[-1], xs[-10])
for bad in (10, -11):
    try:
        xs[bad]
    except IndexError as e:
        print(e)
ys = [1.5, "a", None]
print(ys[0], ys[1], ys[-1], [True][0], xs[True])
d = {}
for k in [1, 1.0, True, "a", "a" + "", (1, 2), 2**40, 2**40 + 0.0, -1, -2]:
    d[k] = d.get(k, 0) + 1
print(d)
s = "abc"
print(str(s) is s, str(12), str(-3.5), "-".join(["x", "yy", ""]), "".join(str(i) for i in range(12)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print(e)
acc = ""
for i in range(300):
    acc += "xy"[i % 2]
print(len(acc), acc[:6], acc[-3:], acc[::50], "ab" * 3)
print(max is max, type(len).__name__)
