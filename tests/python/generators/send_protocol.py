# send(): priming, values flowing both ways, errors
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
for v in [5, 10, 20]:
    print(acc.send(v))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(e)

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received

e = echo()
next(e)
e.send("a")
e.send("b")
try:
    e.send("c")
except StopIteration as stop:
    print(stop.value, stop.args)

def relay():
    result = yield from echo()
    yield "relay got " + ",".join(result)

r = relay()
print(next(r), r.send("x"), r.send("y"), r.send("z"))
