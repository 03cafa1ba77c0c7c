def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
g = acc()
print(next(g), g.send(5), g.send(10), g.send(1))
def echo():
    r = yield "start"
    while True:
        r = yield r * 2
e = echo()
print(next(e), e.send(3), e.send("ab"))
