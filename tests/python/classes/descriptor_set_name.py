# data descriptors with __set_name__, validation, __delete__ and class-level access
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.slot = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.owner}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}')
        setattr(obj, self.slot, value)

    def __delete__(self, obj):
        if not hasattr(obj, self.slot):
            raise AttributeError(f'{self.name} is not set')
        delattr(obj, self.slot)


class Point:
    x = Typed(int, 0)
    y = Typed(int, 0)
    label = Typed(str, 'p')

    def __repr__(self):
        return f'Point({self.x}, {self.y}, {self.label!r})'


p = Point()
print(p, Point.x.name, Point.y.slot, Point.label.owner)
p.x = 3
p.y = 4
p.label = 'here'
print(p, sorted(vars(p)))
del p.x
print(p, 'x' in vars(p), '_x' in vars(p))
for bad in [('x', 1.5), ('label', 7)]:
    try:
        setattr(p, *bad)
    except TypeError as e:
        print('TypeError', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError', e)
print(type(Point.__dict__['x']).__name__, Point.x is Point.__dict__['x'])
p.__dict__['y'] = 'shadow'
print(p.y)
q = Point()
q.y = 'bad'
