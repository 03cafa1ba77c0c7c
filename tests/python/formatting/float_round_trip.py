# repr round-trips: float(repr(x)) == x for many values; repr is the shortest such string
import math
vals = [0.1 * i for i in range(20)] + [1 / n for n in range(1, 30)] + [math.pi * 10 ** k for k in range(-10, 25, 3)]
vals += [2.0 ** k for k in range(-30, 70, 7)] + [5e-324, 2.2250738585072014e-308, 1.7976931348623157e308]
ok = all(float(repr(v)) == v for v in vals)
print(ok)
for v in vals[::4]:
    print(repr(v), str(v), f"{v!r}", "%r" % v, "%s" % v)
print(0.1 + 0.7, 0.1 * 3, 1 - 0.9, 100 * 1.1, 1e23, 8.41e21, 2 ** 0.5)
