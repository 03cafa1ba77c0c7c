# Run once by the build (scripts/build.mjs) to write V8's code cache for the CLI: it should
# touch what typical programs touch at start-up (calls, classes, dicts, formatting, exceptions).
def f(n):
    t = 0
    for i in range(n):
        t += i * 2 % 7
    return t
class A:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"A({self.x!r})"
d = {str(i): [i, i * 1.5, (i,)] for i in range(50)}
print(f(1000), sorted(d)[:3], repr(A("s")), "%d %s" % (1, "x"), "{:>5}".format(3))
try:
    {}["k"]
except KeyError as e:
    print("KeyError", e)
