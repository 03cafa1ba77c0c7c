# the iterator protocol on user classes: __iter__/__next__, StopIteration, reuse
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, "exhausted"))
for x in Countdown(2):
    print("for", x)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b, c2 = Countdown(3)
print(a, b, c2)
print([x * y for x in Countdown(2) for y in Countdown(2)])

class Iterable:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)

it = Iterable([1, 2, 3])
print(list(it), list(it), 2 in it, list(zip(it, "abc")))

class GenIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * i

print(list(GenIter(4)), tuple(GenIter(3)))

class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    next(Iterable([]))
except TypeError as e:
    print(e)

class StopWithValue:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("v")

def delegate():
    r = yield from StopWithValue()
    yield r
print(list(delegate()))
