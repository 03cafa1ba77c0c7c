# the format() builtin and __format__ across types
print(format(3), format(3, ""), format(3.5, ""), format("s", ""), format(True, ""), format(None, ""))
print(format(12, "x"), format(12.5, "e"), format("pad", "^9"), format(True, "^9"), format(1 + 0 * 0, "03"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec + "f" if spec else "") + "°C"
t = Temp(21.5)
print(format(t), format(t, ".1"), format(t, ".0F"), f"{t:.2}", "{:.1F}".format(t))
class NoFormat:
    def __repr__(self):
        return "NoFormat()"
print(format(NoFormat()), f"{NoFormat()}", f"{NoFormat()!r:>12}")
for bad in [(NoFormat(), "x"), (1, "s"), ("s", "x"), (1.5, "x")]:
    try:
        format(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
