class Point:
    """A point."""
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, 1)
print(q.x, q.y, q.norm2(), Point.count)
m = p.norm2
print(m())
print(Point.norm2(q))
p.z = 10
print(p.z, hasattr(p, "z"), hasattr(q, "z"))
print(getattr(p, "x"), getattr(p, "w", "none"))
setattr(q, "w", 5)
print(q.w)
del p.z
print(hasattr(p, "z"))
print(type(p) is Point, type(p).__name__, Point.__name__, p.__class__ is Point)
print(isinstance(p, Point), isinstance(3, Point), isinstance(p, object))


class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def kind(self):
        return "puppy of " + super().kind()


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), a.kind(), isinstance(a, Animal), isinstance(a, Dog), isinstance(a, Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy("x", 2).age)

# methods stored in containers, instance attribute shadowing a method
d = Dog("d")
d.kind = lambda: "shadowed"
print(d.kind())
fs = [Dog("a").speak, Animal("b").speak]
print([f() for f in fs])


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
try:
    Empty(1)
except TypeError as ex:
    print("TypeError", ex)
try:
    e.missing
except AttributeError as ex:
    print("AttributeError", ex)


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self


c = Counter()
for i in range(1000):
    c.inc().inc(i)
print(c.n)


def make():
    class Local:
        def __init__(self, v):
            self.v = v

        def get(self):
            return self.v

    return Local


L1 = make()
print(L1(7).get(), L1.__name__)
