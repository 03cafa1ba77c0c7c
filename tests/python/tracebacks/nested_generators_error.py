def inner():
    yield 1
    raise TypeError("inner broke")
def middle():
    yield from inner()
def outer():
    for x in middle():
        yield x * 10
print(list(outer()))
