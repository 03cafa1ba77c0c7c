# collections.deque: both ends, maxlen, rotate, indexing, errors, a sliding window
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d.pop(), d.popleft(), d, list(reversed(d)))
d.extend('ab')
d.extendleft('xy')
print(d, d.count('a'), d.index('a'), d.maxlen)
d.remove('x')
d.insert(1, 'new')
d[0] = 'first'
del d[2]
print(d)
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=' ')
print()
print(last3, deque('abc', maxlen=2), deque(maxlen=0), deque())
q = deque()
for bad in [q.pop, q.popleft, lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1, 2], maxlen=2).insert(0, 3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(deque([1, 2]) == deque([1, 2]), deque([1]) + deque([2]), deque([1, 2]) * 2, bool(deque()), deque(range(3)).copy())
