# __repr__ / __str__ / __format__ and where each is used
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.2f}"
        return format(str(self), spec)
p = P(3, 4)
print(p, repr(p), str(p), [p], {"k": p}, (p,))
print(f"{p}|{p!r}|{p:polar}|{p:>10}|{p!s:^12}")
print("{} {:polar} {!r}".format(p, p, p))
class OnlyRepr:
    def __repr__(self):
        return "<only>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class Nothing:
    pass
r = repr(Nothing())
nothing = Nothing()
print(r.startswith("<__main__.Nothing object at 0x"), str(nothing) == repr(nothing))
try:
    format(Nothing(), "d")
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 1
f"{BadFormat()}"
