# throw()/close() are delegated through yield from
def inner():
    try:
        yield "i1"
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-recovered"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "o1"
    except ValueError as e:
        print("outer caught", repr(e))
        yield "o-recovered"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(next(g, "end"))

g = outer()
print(next(g))
print(g.throw(ValueError("v")))

g = outer()
next(g)
g.close()
print("closed")

def returning_inner():
    try:
        yield 1
    except IndexError:
        return "early"

def wrapper():
    v = yield from returning_inner()
    yield "wrapper saw " + v

g = wrapper()
next(g)
print(g.throw(IndexError))
