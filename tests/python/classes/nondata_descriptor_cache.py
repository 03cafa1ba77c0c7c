# a non-data descriptor that caches into the instance dict, so later reads skip it
calls = []

class cached:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        calls.append(self.attr)
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @cached
    def area(self):
        "area, computed once"
        return round(3.14159 * self.r * self.r, 3)

    @cached
    def diameter(self):
        return 2 * self.r


c = Circle(2)
print(c.area, c.area, c.diameter, calls)
print(Circle.area.__doc__, type(Circle.area).__name__)
del c.area
print(c.area, calls)
c.diameter = 100
print(c.diameter, calls)
d = Circle(1)
print(d.diameter, d.area, calls)


class Verbose:
    def __get__(self, obj, cls):
        return ('get', None if obj is None else type(obj).__name__, cls.__name__)


class Host:
    v = Verbose()


class Sub(Host):
    pass


print(Host.v, Host().v, Sub().v, Sub.v)
