# yield as an expression: in assignments, arguments, conditions, and yield without a value
def g():
    x = yield
    y = (yield x) or "default"
    z = [(yield y), (yield "second")]
    print("z =", z)
    if (yield "cond"):
        yield "truthy"
    else:
        yield "falsy"

it = g()
print(next(it))
print(it.send("X"))
print(it.send(None))
print(it.send("first item"))
print(it.send("second item"))
print(it.send(0))

def lambda_gen():
    f = lambda: (yield 1)
    return f
print(list(lambda_gen()()))
def yield_in_call():
    print("printed", (yield "a"), (yield "b"))
list(yield_in_call())
