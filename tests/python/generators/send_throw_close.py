# generator send/throw/close, yield from return values, and the exceptions they surface
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError as e:
            print('averager caught', e)
            continue
        if x is None:
            return (count, avg)
        total += x
        count += 1
        avg = total / count


def delegator(results):
    while True:
        r = yield from averager()
        results.append(r)
        if len(results) == 2:
            return 'done'


results = []
g = delegator(results)
next(g)
for v in [10, 20, 30]:
    print(g.send(v))
print(g.throw(ValueError('bad value')))
g.send(None)
next(g)
print(g.send(5), results)
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration', e.value, results)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')


c = closer()
print(next(c))
c.close()
c.close()
print(list(c))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
fresh = averager()
try:
    fresh.send(3)
except TypeError as e:
    print('TypeError', e)
t = averager()
next(t)
t.throw(KeyError('k'))
