# properties across inheritance: extending a getter, replacing a setter, super() in properties
class Shape:
    def __init__(self):
        self._name = "shape"
    @property
    def name(self):
        return self._name
    @name.setter
    def name(self, v):
        self._name = v.strip()
    @property
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area")
class Square(Shape):
    def __init__(self, side):
        super().__init__()
        self.side = side
    @property
    def area(self):
        return self.side ** 2
    @Shape.name.setter
    def name(self, v):
        Shape.name.fset(self, v.upper())
class Circle(Shape):
    @property
    def name(self):
        return "circle:" + super().name
s = Square(3)
s.name = "  box "
print(s.name, s.area)
c = Circle()
print(c.name)
try:
    c.name = "x"
except AttributeError as e:
    print(e)
try:
    Shape().area
except NotImplementedError as e:
    print("NotImplementedError:", e)
print([type(k.__dict__.get("name")).__name__ for k in (Shape, Square, Circle)])
