# rich comparisons: reflection, NotImplemented, subclass priority, sorting, min/max
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    __hash__ = None

vs = [Version(s) for s in ["1.10", "1.2", "0.9.1", "1.2.0", "2"]]
print(sorted(vs), min(vs), max(vs))
print(Version("1.2") == Version("1.2"), Version("1.2") != Version("1.3"), Version("1") > Version("0.5"))
print(Version("3") >= Version("3"), Version("1") == "1", "1" != Version("1"))
try:
    Version("1") < 3
except TypeError as e:
    print(e)
print(sorted(vs, reverse=True)[:2], sorted(vs, key=lambda v: -v.parts[0])[0])

class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        print(f"{self.name}.__eq__")
        return NotImplemented
    def __gt__(self, o):
        print(f"{self.name}.__gt__")
        return NotImplemented
    def __lt__(self, o):
        print(f"{self.name}.__lt__")
        return True
class Louder(Loud):
    def __gt__(self, o):
        print(f"{self.name}.__gt__ (sub)")
        return True
print(Loud("a") == Loud("b"))
print(Loud("a") < Louder("b"))
x = Loud("x")
print(x == x, x != x)
print(Loud("p") > Loud("q"))
