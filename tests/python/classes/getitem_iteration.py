# iteration through the old sequence protocol (__getitem__ until IndexError)
class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), 9 in s, 10 in s, sum(s))
for i, v in enumerate(Squares(3)):
    print(i, v)
it = iter(Squares(2))
print(next(it), next(it), next(it, "done"))
a, b, c = Squares(3)
print(a, b, c, sorted(Squares(4), reverse=True), max(Squares(6)))
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return str(i)
print("".join(Stopper()))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    3 in NotIter()
except TypeError as e:
    print(e)
for x in NotIter():
    pass
