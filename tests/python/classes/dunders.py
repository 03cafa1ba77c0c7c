class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __len__(self):
        return 2

    def __iter__(self):
        yield self.x
        yield self.y


a = Vec(1, 2)
b = Vec(1, 2)
c = Vec(0, 5)
print(a, repr(a), str(a), [a, c], (a,), {"k": a})
print(a == b, a != b, a == c, a != c, a == 1, 1 == a, a is b)
print(c < a, a < c, a > c, c > a)
print(len(a), list(a), bool(a), tuple(c))
x, y = c
print(x, y)
print(a in [c, b], c in [a], Vec(9, 9) in [a, b, c])
print(f"{a} and {c!r}")


class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return "Named " + self.name


n = Named("z")
print(n, str(n), [str(n)], f"<{n}>")


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(5)))
for i in Countdown(3):
    print("tick", i)
print(sum(Countdown(100)), max(Countdown(10)))


class Bag:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, item):
        return item in self.items


empty = Bag([])
full = Bag([1, 2, 3])
print(bool(empty), bool(full), len(full), 2 in full, 7 in full)
if not empty:
    print("empty is falsy")


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v > 0


print([bool(Truthy(v)) for v in (-1, 0, 3)], "yes" if Truthy(1) else "no")

try:
    Vec(1, 2) < 3
except AttributeError as e:
    print("AttributeError", e)


class Plain:
    pass


try:
    Plain() < Plain()
except TypeError as e:
    print("TypeError", e)
try:
    len(Plain())
except TypeError as e:
    print("TypeError", e)
try:
    iter(Plain())
except TypeError as e:
    print("TypeError", e)
p = Plain()
print(p == p, p != p, p == Plain())


class E2(Exception):
    def __str__(self):
        return "custom message"


try:
    raise E2("ignored")
except E2 as e:
    print("str:", str(e), e.args)
