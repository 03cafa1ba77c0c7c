# user descriptors: data (has __set__) beats the instance dict, non-data does not
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v

class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @Lazy
    def norm2(self):
        print("computing")
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
print(p.x, p.y, p._x)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
del p.x
print(p.norm2, p.norm2)
print(type(Point.x).__name__, type(Point.norm2).__name__)
p.__dict__["x"] = 99
print(p.x)
