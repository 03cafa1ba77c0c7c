def inner(n):
    for i in range(n):
        yield i
    return n * 10
def outer():
    r = yield from inner(3)
    yield r
    yield from "ab"
print(list(outer()))
def tree(d):
    if isinstance(d, list):
        for x in d:
            yield from tree(x)
    else:
        yield d
print(list(tree([1, [2, [3, 4]], [[5]]])))
