# f-strings: conversions, specs with nested fields, expressions, user __format__
import math
name = "world"
width, prec = 12, 3
value = math.pi
print(f"hello {name}! {name!r} {name!a} {name:>10} {name:*<9}")
print(f"{value:{width}.{prec}f}|{value:<{width}}|{value:^{width}.2e}|")
print(f"{1234567:,} {1234567:_} {0.5:.0%} {-7:+} {7: } {255:#x} {255:08b}")
print(f"{'nested' + '!':^15}")
print(f"{[1, 2][1]} {dict(a=1)['a']} {(lambda x: x * 2)(21)}")
print(f"{3.0:g} {1e-7:g} {123456789:e} {True:d} {None!s} {None!r}")
print(f"{{braces}} {'{'}{'}'}")
print(f"{-0.0:z.2f} {-0.001:z.1f} {0.0:+.1f} {-0.0}")

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"${self.cents // 100}.{self.cents % 100:02d}"
        return format(s, spec) if spec else s

m = Money(12345)
print(f"{m} [{m:>12}] [{m:<12}]")
print("{} {:^12}".format(m, m))
print(format(m, "*>10"))

class Bad:
    def __format__(self, spec):
        return 42
try:
    f"{Bad()}"
except TypeError as e:
    print(e)

class Plain:
    def __str__(self):
        return "plain str"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    f"{Plain():>5}"
except TypeError as e:
    print(e)
x = 5
print(f"{x=} {x = } {x=:>4} {name=!s}")
