# property() built by hand, without accessors, and inherited/overridden properties
class A:
    def _get(self):
        return "got"
    x = property(_get, doc="the x")
    y = property()
    z = property(lambda self: 42)
a = A()
print(a.x, A.x.__doc__, a.z)
for op in ("get", "set", "del"):
    try:
        if op == "get":
            a.y
        elif op == "set":
            a.y = 1
        else:
            del a.y
    except AttributeError as e:
        print(e)
class B(A):
    @property
    def x(self):
        return "B's " + super().x
print(B().x)
p = property(None)
print(p.fget, p.fset, p.fdel)
q = A.x.setter(lambda self, v: print("set", v))
A.x = q
a.x = 5
print(a.x)
a.z = 1
