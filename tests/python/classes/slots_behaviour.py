# __slots__: no __dict__, AttributeError messages, inheritance adds a dict, slot descriptors
class P:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, hasattr(p, '__dict__'), P.__slots__)
print(type(P.x).__name__, P.x.__name__)
try:
    p.z = 3
except AttributeError as e:
    print('AttributeError', e)
del p.y
try:
    p.y
except AttributeError as e:
    print('AttributeError', e)
p.y = 5
print(p.y)


class Q(P):
    pass


q = Q(1, 2)
q.z = 9
print(q.z, q.__dict__, hasattr(q, '__dict__'))


class R(P):
    __slots__ = ('w',)


r = R(1, 2)
r.w = 7
print(r.x, r.w, hasattr(r, '__dict__'))
try:
    r.v = 0
except AttributeError as e:
    print('AttributeError', e)


class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
try:
    class Bad:
        __slots__ = ('a',)
        a = 1
except ValueError as e:
    print('ValueError', e)
s = P(0, 0)
s.nope = 1
