# One LOAD_ATTR / STORE_ATTR / LOAD_METHOD instruction meets instances whose maps, classes and
# class dicts change between runs of it: every answer must be the current one.

class A:
    def __init__(self, v):
        self.v = v
    def get(self):
        return "A.get %r" % (self.v,)

class B:
    def __init__(self, v):
        self.w = 0
        self.v = v
    def get(self):
        return "B.get %r" % (self.v,)

def read_v(o):
    return o.v

def call_get(o):
    return o.get()

def set_v(o, x):
    o.v = x

objs = [A(1), B(2), A(3), B(4)]
print([read_v(o) for o in objs])
print([call_get(o) for o in objs])
for i, o in enumerate(objs):
    set_v(o, i * 10)
print([read_v(o) for o in objs])

# a data descriptor added to the class takes over reads and writes
a = A(5)
print(read_v(a))
A.v = property(lambda self: "property v", lambda self, x: print("setter", x))
print(read_v(a))
set_v(a, 99)
del A.v
print(read_v(a))

# an instance attribute shadows the method; deleting it unshadows
b = B(7)
print(call_get(b))
b.get = lambda: "instance get"
print(call_get(b))
del b.get
print(call_get(b))

# the method replaced on the class, and overridden in a subclass made later
print(call_get(A(8)))
A.get = lambda self: "new A.get"
print(call_get(A(8)))
class C(A):
    def get(self):
        return "C.get"
print(call_get(C(1)), call_get(A(1)))

# attributes deleted: the map changes
a2 = A(11)
print(read_v(a2))
del a2.v
try:
    read_v(a2)
except AttributeError as e:
    print("AttributeError:", e)
a2.v = 12
print(read_v(a2))

# instances in dict mode (after __dict__ was used) and after __class__ assignment
a3 = A(13)
print(read_v(a3))
a3.__dict__["v"] = 14
print(read_v(a3))
set_v(a3, 15)
print(read_v(a3), a3.__dict__)
a4 = A(16)
a4.__class__ = B
print(read_v(a4), call_get(a4))

# a store site that adds attributes, past the first slot array
class Many:
    pass

def fill(o, n):
    for k in range(n):
        setattr(o, "a%d" % k, k)
    o.last = n

def add_last(o, x):
    o.last = x

ms = [Many() for _ in range(3)]
for i, m in enumerate(ms):
    fill(m, i * 3)
for m in ms:
    add_last(m, "x")
print([sorted(vars(m).items())[-2:] for m in ms])
fresh = [Many(), Many()]
for m in fresh:
    add_last(m, 1)
    add_last(m, 2)
print([m.last for m in fresh], [list(vars(m)) for m in fresh])

# __slots__ classes and a __setattr__ added later
class S:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
s = S(20)
print(read_v(s))
set_v(s, 21)
print(read_v(s))

class Hooked(A):
    pass
h = Hooked(30)
set_v(h, 31)
print(read_v(h))
def loud_setattr(self, name, value):
    print("__setattr__", name, value)
    object.__setattr__(self, name, value)
Hooked.__setattr__ = loud_setattr
set_v(h, 32)
print(read_v(h))
Hooked.__getattr__ = lambda self, name: "missing " + name
del h.v
print(read_v(h))

# two classes through one instruction (both stay cached), then a third
class T1:
    kind = "t1"
    def __init__(self):
        self.n = 1
    def who(self):
        return "T1"
class T2:
    kind = "t2"
    def __init__(self):
        self.m = 0
        self.n = 2
    def who(self):
        return "T2"
class T3(T1):
    kind = "t3"
    def who(self):
        return "T3"

def poly(o):
    return o.n, o.kind, o.who()

for o in [T1(), T2(), T1(), T2(), T3(), T1(), T3(), T2()]:
    print(poly(o))

# class attributes read through instances: replaced, shadowed by the instance, made descriptors
t = T1()
print(poly(t))
T1.kind = "t1 changed"
print(poly(t), poly(T3()))
t.kind = "own"
print(poly(t))
del t.kind
print(poly(t))

class Late:
    pass
T2.kind = Late()
print(type(poly(T2())[1]).__name__)
Late.__get__ = lambda self, obj, owner: "now a descriptor"
print(poly(T2()))
