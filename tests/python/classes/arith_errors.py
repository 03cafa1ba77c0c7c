# CPython's TypeError messages when no operand supports the operator
class A:
    pass
class B:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return NotImplemented
cases = [
    lambda: A() + 1, lambda: 1 + A(), lambda: A() - A(), lambda: B() + B(), lambda: "s" + A(),
    lambda: [1] + A(), lambda: A() * [1], lambda: [1] * A(), lambda: A() ** 2, lambda: pow(A(), 2),
    lambda: A() @ A(), lambda: A() % "x", lambda: -A(), lambda: +A(), lambda: ~A(), lambda: abs(A()),
    lambda: A() < 1, lambda: A() >= A(), lambda: divmod(A(), 1), lambda: pow(A(), 2, 3),
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
x = A()
try:
    x += 1
except TypeError as e:
    print(e)
try:
    x //= 2
except TypeError as e:
    print(e)
print(A() == A(), A() != A())
x < x
