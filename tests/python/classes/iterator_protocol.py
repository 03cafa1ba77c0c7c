# __iter__ / __next__: iterators, iterables returning generators, StopIteration
class CountDown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

print(list(CountDown(4)))
c = CountDown(2)
print(next(c), next(c), next(c, None))
try:
    next(c)
except StopIteration:
    print("stopped")
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), 3 in t, [x * 2 for x in t], dict(zip(t, "abcd")))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(e)
next(Tree(1))
