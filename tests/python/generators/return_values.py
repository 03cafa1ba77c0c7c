# return in generators: StopIteration.value, yield from results, for loops ignore it
def g(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    a = yield from g(2)
    b = yield from g(1)
    return a + b

print(list(outer()))
it = outer()
for _ in it:
    pass
try:
    next(it)
except StopIteration as e:
    print("exhausted again:", e.value)

def collect(gen):
    while True:
        try:
            next(gen)
        except StopIteration as e:
            return e.value
print(collect(outer()))
print(collect(g(0)))

def empty_return():
    return
    yield
print(list(empty_return()), collect(empty_return()))

def returns_tuple():
    yield 1
    return (1, 2)
print(collect(returns_tuple()))

def yield_from_list():
    r = yield from [1, 2]
    yield r
print(list(yield_from_list()))
