# Calls of user classes take a short path when the class has object.__new__ and a plain
# Python __init__; every other kind of class, and every error, must behave as before.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

ps = [P(i, i * 2) for i in range(5)]
print([(p.x, p.y) for p in ps])

class BadReturn:
    def __init__(self):
        return 42
for attempt in range(2):
    try:
        BadReturn()
    except TypeError as e:
        print("TypeError:", e)

class Raises:
    def __init__(self, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        self.v = v
print(Raises(3).v)
try:
    Raises(-1)
except ValueError as e:
    print("ValueError:", e)

# wrong argument counts: CPython's messages
for args in [(), (1, 2, 3)]:
    try:
        P(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)

class Defaults:
    def __init__(self, a, b=5, *rest, **kw):
        self.t = (a, b, rest, kw)
print(Defaults(1).t, Defaults(1, 2, 3, k=4).t)

class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj
    def __init__(self, a):
        self.a = a
w = WithNew(7)
print(w.made_by_new, w.a)

class Meta(type):
    def __call__(cls, *args):
        print("Meta.__call__", args)
        return super().__call__(*args)
class M(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(M(9).v)

class Sub(P):
    pass
s = Sub(3, 4)
print(type(s).__name__, s.x, s.y)

# __init__ replaced on the class after instances were made
def other_init(self, x, y):
    self.x = -x
    self.y = -y
P.__init__ = other_init
print(P(1, 2).x)
del P.__init__
try:
    P(1, 2)
except TypeError as e:
    print("TypeError:", e)

class IntLike(int):
    def __init__(self, v):
        self.doubled = v * 2
il = IntLike(21)
print(il, il.doubled)

class Cell:
    def __init__(self, v):
        def get():
            return v
        self.get = get
print(Cell(11).get())
