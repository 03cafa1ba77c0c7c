# count, cycle, repeat (with islice and zip to stop them) and their reprs
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, -2), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(zip(count(1), 'abc')), list(islice(cycle([1, 2, 3]), 8)), list(islice(cycle(''), 3)))
print(list(repeat('x', 3)), list(repeat(None, 0)), list(repeat(1, -5)), list(map(pow, range(5), repeat(2))))
c = count(3)
next(c); next(c)
print(c, count(2, 3), count(1.5), repeat('ab', 2), repeat(7))
r = repeat(4, 2)
print(next(r), next(r), next(r, 'done'))
