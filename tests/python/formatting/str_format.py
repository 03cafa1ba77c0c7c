# str.format: numbering, keywords, accessors, conversions, nested specs, escaping
class P:
    def __init__(self):
        self.x = 3
        self.items = {"k": "v"}
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "a P"

print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0.x} {0.items[k]} {1[0]} {1[1][0]} {2[key]}".format(P(), [10, [20]], {"key": "val"}))
print("{!r} {!s} {!a} {0!r:>10}".format(P(), P(), "\xe9", P()) if False else "{!r} {!s} {!a}".format(P(), P(), "\xe9"))
print("{0!r:>10}|{0!s:<6}|".format(P()))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=2))
print("{:{}{}}".format("x", "^", 5))
print("{{literal}} {{{0}}}".format("inside"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:,} {:_} {:+.3e} {:08.3f} {:#b} {:#o} {:#x}".format(1234567, 7654321, 12345.6789, -3.14159, 5, 64, 255))
print("{0:%} {0:.1%}".format(0.256))
print("{:c}{:c}".format(80, 121))
print("{0[1]}{0[0]}".format("ab"))
print("{:d}".format(True), "{}".format(None), "{:5}|".format(True))
print("{x}{y}".format_map({"x": 1, "y": 2}))
d = {"a": [1, 2]}
print("{a[1]}".format_map(d))
print("{:.3}".format("truncate"), "{:.3}".format(3.14159))
print("{0:{1}}".format(42, "08b"))
print("{:>{w}}".format("w", w=4))
