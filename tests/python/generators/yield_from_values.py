# yield from: return values travel back, values and exceptions pass through to the subgenerator
def inner(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got


def middle():
    a = yield from inner(2)
    b = yield from inner(1)
    return a + b


def outer():
    r = yield from middle()
    yield ('result', r)


g = outer()
print(next(g), g.send('s1'), g.send('s2'), g.send('s3'))


def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node


print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))


def gen_with_return():
    yield 1
    return 'ret'


def collect():
    value = yield from gen_with_return()
    print('inner returned', value)
    value2 = yield from []
    print('empty returned', value2)
    return value


c = collect()
print(list(c))


def catcher():
    try:
        yield 'a'
    except KeyError as e:
        yield f'caught {e!r}'
    return 'after'


def wrapper():
    r = yield from catcher()
    yield r


w = wrapper()
print(next(w), w.throw(KeyError('k')), next(w))
print(list(iter(wrapper())))


def ranges():
    yield from range(3)
    yield from 'ab'
    yield from {'k': 1}


print(list(ranges()))
bad = wrapper()
next(bad)
bad.throw(ValueError('not caught inside'))
