import sys
# the handled exception is restored after nested handlers and across function calls
def show(label):
    print(label, repr(sys.exc_info()[1]))

show("none:")
try:
    raise ValueError("v")
except ValueError:
    show("outer:")
    def f():
        try:
            raise KeyError("k")
        except KeyError:
            show("in f:")
        show("after f handler:")
    f()
    show("outer again:")
show("after:")

def gen():
    try:
        raise TypeError("t")
    except TypeError:
        yield 1
        show("gen resumed:")
g = gen()
next(g)
show("between:")
next(g, None)
