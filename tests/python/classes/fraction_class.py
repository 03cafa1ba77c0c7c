# a small Fraction: normalized arithmetic with ints on either side, hashing, ordering
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%d, 0)" % n)
        g = gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g
    @staticmethod
    def of(x):
        return x if isinstance(x, Frac) else Frac(x) if isinstance(x, int) else None
    def __add__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else self + Frac(-o.n, o.d)
    def __rsub__(self, o):
        return Frac.of(o) - self
    def __mul__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac.of(o)
        return NotImplemented if o is None else Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return Frac.of(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = Frac.of(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)
    def __lt__(self, o):
        o = Frac.of(o)
        return self.n * o.d < o.n * self.d
    def __hash__(self):
        return hash((self.n, self.d)) if self.d != 1 else hash(self.n)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
h = Frac(1, 2)
t = Frac(1, 3)
print(h + t, h - t, h * t, h / t, 1 + h, 1 - h, 2 * t, 1 / t, -h, h == Frac(2, 4), h == 0.5)
print(sum([Frac(1, n) for n in range(1, 7)]), float(Frac(1, 8)), sorted([h, t, Frac(3, 4)]), Frac(4, 2) == 2)
print({Frac(2, 1): "two"}[2], len({h, Frac(2, 4), t}))
try:
    h + "x"
except TypeError as e:
    print(e)
Frac(1, 0)
