# compress, dropwhile, takewhile, filterfalse, islice, starmap
from itertools import compress, dropwhile, takewhile, filterfalse, islice, starmap

data = [1, 4, 6, 4, 1, 8, 2]
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), [x % 3 == 0 for x in range(10)])))
print(list(dropwhile(lambda x: x < 5, data)), list(takewhile(lambda x: x < 5, data)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [1]])))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)), list(islice('ABCDEFG', 0, None, 2)))
print(list(islice(range(100), 10, 50, 7)), list(islice([], 3)), list(islice('abc', 5, 10)))
it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 2)), next(it))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda a, b: a + b, zip('abc', 'xyz'))))
