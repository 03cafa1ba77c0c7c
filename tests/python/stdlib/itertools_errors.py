# itertools argument errors (raised when the iterator is made)
import itertools

cases = [
    lambda: itertools.islice('abc', -1), lambda: itertools.islice('abc', 1, 2, 0),
    lambda: itertools.islice('abc', 'x'), lambda: itertools.combinations('abc', -1),
    lambda: itertools.permutations('abc', -2), lambda: itertools.product('ab', repeat=-1),
    lambda: itertools.tee('abc', -1), lambda: itertools.islice('abc'), lambda: itertools.count('a'),
    lambda: list(itertools.chain(1, 2)), lambda: list(itertools.starmap(abs, [1])),
]
for i, case in enumerate(cases):
    try:
        result = case()
        print(i, 'ok', type(result).__name__ != '')
    except (ValueError, TypeError) as e:
        print(i, type(e).__name__, e)
