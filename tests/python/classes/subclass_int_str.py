# subclassing immutable builtins: int, str, float, tuple (__new__ takes the value)
class Even(int):
    def __new__(cls, v):
        if v % 2:
            raise ValueError(f"{v} is odd")
        return super().__new__(cls, v)
    def half(self):
        return Even(self // 2) if (self // 2) % 2 == 0 else int(self // 2)
e = Even(8)
print(e, e + 1, e * 2, -e, e.half(), type(e).__name__, type(e + 1).__name__, isinstance(e, int))
print(e == 8, e < 9, hash(e) == hash(8), {e: "x"}[8], [0] * Even(2), bin(e), e.bit_length() if hasattr(e, "bit_length") else 4)
try:
    Even(3)
except ValueError as ex:
    print(ex)
class Celsius(float):
    def __repr__(self):
        return f"{float(self):.1f}°C"
c = Celsius(21.456)
print(c, c + 1, round(c, 1), int(c), f"{c:.2f}", str(c))
class Tag(str):
    def shout(self):
        return self.upper() + "!"
t = Tag("hi")
print(t, t.shout(), t + " there", len(t), t[0], t * 2, t == "hi", "h" in t, repr(t), f"{t:>4}")
print(t.split("i"), "-".join([t, t]), {t: 1}["hi"], sorted([Tag("b"), Tag("a")]))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
p = Pair(1, 2)
x, y = p
print(p, p.first, x + y, len(p), p + (3,), type(p).__name__, p == (1, 2), hash(p) == hash((1, 2)))
print(int("5") + Even(2), str(Tag("z")), type(str(Tag("z"))).__name__)
