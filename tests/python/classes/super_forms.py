# super() zero-argument and two-argument forms, in methods and classmethods
class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return f"Base({self.x})"
    @classmethod
    def make(cls, x):
        return cls(x)

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Child/" + super(Child, self).describe() + f"/{self.y}"
    @classmethod
    def make(cls, x):
        obj = super().make(x)
        return obj

class GrandChild(Child):
    def __init__(self):
        super(Child, self).__init__(7)
        self.y = -1

c = Child(1, 2)
print(c.describe())
g = GrandChild()
print(g.describe(), g.x, g.y)
try:
    Child.make(3)
except TypeError as e:
    print("TypeError:", e)
print(type(Base.make(5)).__name__)
s = super(Child, c)
print(s.describe())
def outer(self):
    return super(Child, self).describe()
print(outer(c))
try:
    super(Child, 5)
except TypeError as e:
    print(e)
print(repr(super(Child, c)).startswith("<super: <class 'Child'>"))
