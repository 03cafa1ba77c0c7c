def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
c = countdown(10)
print(next(c), next(c), c.send(3), next(c), next(c))
try:
    next(c)
except StopIteration:
    print("stopped")
def ret():
    yield 1
    return "result"
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.args)
