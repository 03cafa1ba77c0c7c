def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, (2, [3, (4,)]), [], 5])))
def window(seq, n):
    seq = list(seq)
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(window(range(6), 3)), list(window("ab", 3)))
def pairs(it):
    it = iter(it)
    for a in it:
        b = next(it, None)
        yield a, b
print(list(pairs("abcde")))
