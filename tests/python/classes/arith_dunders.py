# every binary operator dunder on a small vector class
class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"V{self.c}"
    def _op(self, other, f):
        if isinstance(other, V):
            return V(*[f(a, b) for a, b in zip(self.c, other.c)])
        if isinstance(other, (int, float)):
            return V(*[f(a, other) for a in self.c])
        return NotImplemented
    def __add__(self, o): return self._op(o, lambda a, b: a + b)
    def __sub__(self, o): return self._op(o, lambda a, b: a - b)
    def __mul__(self, o): return self._op(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._op(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._op(o, lambda a, b: a // b)
    def __mod__(self, o): return self._op(o, lambda a, b: a % b)
    def __pow__(self, o): return self._op(o, lambda a, b: a ** b)
    def __lshift__(self, o): return self._op(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._op(o, lambda a, b: a >> b)
    def __and__(self, o): return self._op(o, lambda a, b: a & b)
    def __or__(self, o): return self._op(o, lambda a, b: a | b)
    def __xor__(self, o): return self._op(o, lambda a, b: a ^ b)
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))

a = V(6, 12)
b = V(2, 5)
for name, r in [("+", a + b), ("-", a - b), ("*", a * b), ("/", a / b), ("//", a // b), ("%", a % b),
                ("**", b ** 2), ("<<", a << 1), (">>", a >> 1), ("&", a & b), ("|", a | b), ("^", a ^ b)]:
    print(name, r)
print(a @ b)
print(a + 1, a * 0.5)
