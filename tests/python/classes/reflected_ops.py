# reflected operators: __radd__ & co. when the left operand gives up
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented
    __radd__ = __add__
    def __rsub__(self, o):
        return Money(o - self.cents)
    def __rmul__(self, o):
        return Money(self.cents * o)
    def __rtruediv__(self, o):
        return o / self.cents
    def __rpow__(self, o):
        return ("rpow", o)
    def __rmatmul__(self, o):
        return ("rmatmul", o)

m = Money(150)
print(1 + m, m + 1, 100 - m, 3 * m, 300 / m, 2 ** m)
print(sum([Money(1), Money(2), Money(3)]))
print([1] @ m if False else "skip", "x" @ m if hasattr(str, "__matmul__") else (m.__rmatmul__("x")))

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base())
class Same(Base):
    pass
print(Base() + Same())
