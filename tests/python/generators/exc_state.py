import sys
# a generator's handled exception is its own: sys.exc_info() across yields
def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]

g = gen()
print(next(g))
print(sys.exc_info())
try:
    raise KeyError("outer")
except KeyError:
    print(next(g))
    print(sys.exc_info()[0].__name__)
print(next(g))
print(sys.exc_info())

def ctx():
    yield 1
    raise TypeError("in gen")
c = ctx()
next(c)
try:
    try:
        raise OSError("handled by caller")
    except OSError:
        next(c)
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
