def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in [10, 20, 30, 5]])
def running_max():
    best = None
    while True:
        v = yield best
        best = v if best is None or v > best else best
m = running_max()
next(m)
print([m.send(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
