# Tuple assignments the compiler turns into stack swaps (BUILD_TUPLE n + UNPACK_SEQUENCE n,
# n <= 3, as CPython's peephole does): every order of evaluation and storing stays the same.

a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
(x,) = (a,)
x, = a,
print(x)

def log(v):
    print("eval", v)
    return v

class Target:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)

t = Target()
t.p, t.q = log(1), log(2)
t.p, t.q, t.r = log(3), log(4), log(5)
d = {}
d[log("k1")], d[log("k2")] = log("v1"), log("v2")
print(d)

# four and more still build the tuple
a, b, c, e = 4, 3, 2, 1
a, b, c, e = e, c, b, a
print(a, b, c, e)

# swaps in loops, in place on a list
perm = list(range(10))
lo, hi = 0, 9
while lo < hi:
    perm[lo], perm[hi] = perm[hi], perm[lo]
    lo, hi = lo + 1, hi - 1
print(perm)

# starred and nested targets are left alone
first, *rest = 1, 2, 3
(p, q), r = (1, 2), 3
print(first, rest, p, q, r)

# errors still come from the right place
try:
    a, b = 1, undefined_name
except NameError as e:
    print("NameError:", e)
