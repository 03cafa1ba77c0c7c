# __slots__: fixed attributes, no __dict__, inheritance adds slots, __dict__ in slots
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x)
try:
    p.y
except AttributeError as e:
    print(e)
p.y = 2
print(p.x + p.y)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    p.__dict__
except AttributeError as e:
    print(e)
print(P.x, type(P.x).__name__)
class Q(P):
    __slots__ = ("z",)
q = Q(5)
q.z = 6
print(q.x, q.z)
class R(P):
    pass
r = R(7)
r.anything = 8
print(r.x, r.anything, r.__dict__)
class S:
    __slots__ = ("a", "__dict__")
s = S()
s.a = 1
s.b = 2
print(s.a, s.__dict__)
del s.a
try:
    del s.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    class T:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(e)
class U:
    __slots__ = "only"
u = U()
u.only = "one"
print(u.only)
