# operators between builtins and user subclasses of them; reflected priority for subclasses
class Meters(float):
    def __add__(self, o):
        return Meters(float(self) + float(o))
    def __radd__(self, o):
        return Meters(float(o) + float(self))
    def __repr__(self):
        return f"{float(self)}m"
print(1 + Meters(2), Meters(2) + 1, Meters(1) + Meters(2), 1.5 + Meters(1), Meters(3) * 2, type(Meters(3) * 2).__name__)
class Bits(int):
    def __and__(self, o):
        return Bits(int(self) & int(o))
    __rand__ = __and__
    def __repr__(self):
        return f"Bits({int(self):#b})"
print(Bits(6) & 3, 3 & Bits(6), Bits(5) | 2, type(Bits(5) | 2).__name__, ~Bits(0), Bits(2) << 2)
class Words(str):
    def __add__(self, o):
        return Words(str(self) + " " + str(o))
    def __mul__(self, n):
        return Words(" ".join([str(self)] * n))
print(Words("a") + "b", "x" + Words("y"), Words("ab") * 3, 2 * Words("q") if False else "skip", Words("z") % () if False else Words("%s!") % "hi")
class MyList(list):
    def __radd__(self, o):
        return MyList(list(o) + list(self) + ["r"])
print([0] + MyList([1]), MyList([1]) + [2], type([0] + MyList([1])).__name__)
