# a data pipeline built from itertools: windows, batches, running totals, dedup
from itertools import islice, accumulate, groupby, chain, count, takewhile, zip_longest

def windows(seq, n):
    it = iter(seq)
    win = list(islice(it, n))
    if len(win) == n:
        yield tuple(win)
    for x in it:
        win = win[1:] + [x]
        yield tuple(win)

def batches(seq, n):
    args = [iter(seq)] * n
    return ([x for x in group if x is not None] for group in zip_longest(*args))

readings = [3, 5, 2, 8, 8, 8, 1, 4, 4, 9]
print(list(windows(readings, 3)))
print([round(sum(w) / 3, 2) for w in windows(readings, 3)])
print(list(batches(readings, 4)))
print(list(accumulate(readings)), [k for k, _ in groupby(readings)])
squares = (n * n for n in count(1))
print(list(takewhile(lambda s: s < 100, squares)))
print(list(chain.from_iterable(windows('abcd', 2))))
