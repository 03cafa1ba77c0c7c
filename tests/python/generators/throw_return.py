# throw() into a generator that then returns: StopIteration carries the value
def g():
    try:
        yield 1
    except ZeroDivisionError:
        return "recovered"
    yield 2

it = g()
next(it)
try:
    it.throw(ZeroDivisionError)
except StopIteration as e:
    print("stop", e.value, e.args)

def h():
    try:
        yield 1
    finally:
        print("finally runs on throw")
it = h()
next(it)
try:
    it.throw(OSError("disk"))
except OSError as e:
    print("got", e)
