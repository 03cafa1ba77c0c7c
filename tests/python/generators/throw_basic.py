# gen.throw: the three call forms, handled and unhandled, and state afterwards
def counter():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("gen caught", repr(e))
            n += 100
        n += 1

g = counter()
print(next(g))
print(g.throw(ValueError("boom")))
print(g.throw(ValueError))
print(g.throw(ValueError, "with value"))
print(g.throw(ValueError, ValueError("instance value")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("finished after unhandled throw")
try:
    g.throw(TypeError("again"))
except TypeError as e:
    print("finished generator re-raises", e)

def simple():
    yield 1
s = simple()
try:
    s.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted", e)
print(list(s))
try:
    simple().throw(1)
except TypeError as e:
    print(e)
try:
    simple().throw(ValueError("x"), 5)
except TypeError as e:
    print(e)
