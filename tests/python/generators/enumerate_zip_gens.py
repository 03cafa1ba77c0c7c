def letters():
    yield from "abcde"
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
print(list(zip(letters(), squares())))
print(list(enumerate(letters(), start=10)))
print(dict(zip(letters(), range(100))))
print(list(map(lambda a, b: a * b, letters(), range(1, 4))))
print(list(filter(None, [0, 1, "", "x", None, [1]])))
