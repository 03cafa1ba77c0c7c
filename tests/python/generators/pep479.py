# PEP 479: StopIteration raised inside a generator becomes RuntimeError
def bad():
    yield 1
    raise StopIteration("inner")

g = bad()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__suppress_context__)

def uses_next(it):
    while True:
        yield next(it)

try:
    print(list(uses_next(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)

def safe(it):
    for x in it:
        yield x * 2
print(list(safe(iter([1, 2, 3]))))

def returns():
    yield 1
    return "done"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
print(list(uses_next(iter([]))) if False else "skip")
