# __class__, __name__, __qualname__, __module__, __doc__, __dict__ of classes
class Outer:
    """Outer's doc"""
    class Inner:
        pass
    def method(self):
        return __class__

o = Outer()
print(o.__class__ is Outer, Outer.__name__, Outer.Inner.__qualname__, Outer.__module__)
print(Outer.__doc__, Outer.Inner.__doc__)
print(o.method() is Outer)
d = Outer.__dict__
print("method" in d, "Inner" in d, "__module__" in d)
print(type(o).__name__, o.__class__.__class__.__name__)
Outer.__name__ = "Renamed"
print(Outer.__name__, Outer)
class A: pass
class B: pass
a = A()
a.v = 1
a.__class__ = B
print(type(a).__name__, a.v, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
print(int.__name__, int.__qualname__, list.__module__)
