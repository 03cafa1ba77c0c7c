# binary, reflected and in-place dunders with NotImplemented fallbacks
class V:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return f'V{tuple(self.xs)}'

    def __add__(self, other):
        if isinstance(other, V):
            return V(*[a + b for a, b in zip(self.xs, other.xs)])
        if isinstance(other, (int, float)):
            return V(*[a + other for a in self.xs])
        return NotImplemented

    def __radd__(self, other):
        print('radd', other)
        return self + other

    def __mul__(self, k):
        if not isinstance(k, int):
            return NotImplemented
        return V(*[a * k for a in self.xs])

    __rmul__ = __mul__

    def __iadd__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        self.xs = [a + b for a, b in zip(self.xs, other.xs)]
        return self

    def __eq__(self, other):
        return isinstance(other, V) and self.xs == other.xs


a = V(1, 2)
b = V(10, 20)
print(a + b, a + 1, 1 + a, 3 * a, a * 2)
print(sum([a, b], V(0, 0)), sum([a, b], 0))
same = a
a += b
print(a, same is a)
c = a
c += 5
print(c, c is a, a)
print(a == V(11, 22), a != V(0, 0), a == 3)


class W:
    def __radd__(self, other):
        return 'W.radd'

    def __rsub__(self, other):
        return NotImplemented


print(V(1) + W(), 5 + W())
for expr in [lambda: V(1) * 1.5, lambda: 'x' - W(), lambda: V(1) - V(2)]:
    try:
        expr()
    except TypeError as e:
        print('TypeError', e)
x = [1]
x += V(2).xs
print(x)
V(1) @ V(2)
