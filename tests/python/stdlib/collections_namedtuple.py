# collections.namedtuple: fields, defaults, _replace/_asdict/_make/_fields, tuple behaviour, errors
from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p.x + p.y, p[0], tuple(p), p._asdict(), p._replace(x=100), Point._fields)
x, y = p
print(x, y, p == (11, 22), isinstance(p, tuple), len(p), hash(p) == hash((11, 22)))
Employee = namedtuple('Employee', 'name, age title', defaults=['staff'])
e = Employee('ann', 30)
print(e, Employee._field_defaults, Employee._make(['bob', 40, 'boss']), e.title)
Color = namedtuple('Color', 'red green blue')
print(sorted([Color(3, 1, 2), Color(1, 2, 3)]), Color(*range(3)), max(Color(1, 9, 2)))
R = namedtuple('R', ['a', 'def', '_x', 'a'], rename=True)
print(R._fields)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: namedtuple('P', 'a a'),
            lambda: namedtuple('P', 'a _b'), lambda: namedtuple('P', 'a class'), lambda: p._replace(z=1),
            lambda: Point._make([1])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
