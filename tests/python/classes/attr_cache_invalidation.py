# The interpreter caches attribute lookups per class (version tag) and per instance map: every
# change below must be seen at the same line of code that already ran (and cached) before it.
class P:
    kind = "class attr"

    def where(self):
        return "method"


def read_kind(o):
    return o.kind


def call_where(o):
    return o.where()


def write_x(o, v):
    o.x = v
    return o.x


p, q = P(), P()
print(read_kind(p), call_where(p))
p.kind = "own attr"          # shadows the class attribute on p only
print(read_kind(p), read_kind(q))
P.kind = "changed on class"  # version bump
print(read_kind(p), read_kind(q))
del p.kind
print(read_kind(p))
p.where = lambda: "instance lambda"  # an own attribute shadows the method
print(call_where(p), call_where(q))
P.where = lambda self: "replaced method"
print(call_where(p), call_where(q))

# instances with different maps at one site
a, b = P(), P()
a.x, a.y = 1, 2
b.y, b.x = 3, 4
for o in (a, b, a, b):
    print(o.x, o.y, write_x(o, o.x + 10))


class Logged:
    def __get__(self, obj, cls):
        return "via __get__"


class D:
    attr = Logged()


d = D()
d.__dict__["attr"] = "own value"
print(read_attr := d.attr)          # non-data descriptor: the own value wins
Logged.__set__ = lambda self, obj, v: print("set intercepted", v)
print(d.attr)                       # now a data descriptor: __get__ wins
d.attr = 5


class Base:
    def where(self):
        return "Base.where"


class Child(Base):
    pass


c = Child()
print(call_where(c))
Base.where = lambda self: "Base.where v2"   # a change in a base reaches the subclass
print(call_where(c))
Child.where = lambda self: "Child.where"
print(call_where(c))

c.__class__ = P
print(call_where(c), read_kind(c))


class Many:
    pass


m = Many()
for i in range(80):                 # past the map size limit: a dict-mode instance
    setattr(m, f"a{i}", i)
m.kind = "many"
print(read_kind(m), m.a79, write_x(m, 7))


class Slotted:
    __slots__ = ("x", "kind")


s = Slotted()
print(write_x(s, 3))
s.kind = "slot"
print(read_kind(s))
del s.kind
print(read_kind(s))
