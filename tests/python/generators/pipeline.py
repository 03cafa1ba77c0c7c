def numbers(n):
    for i in range(n):
        yield i
def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x
def squares(xs):
    for x in xs:
        yield x * x
print(list(squares(evens(numbers(20)))))
def chunks(xs, k):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) == k:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(chunks(range(10), 3)))
def gen_return():
    yield 1
    return
    yield 2
print(list(gen_return()))
print(dict(enumerate(squares(range(4)))))
