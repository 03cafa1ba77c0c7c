# dataclasses: generated __init__/__repr__/__eq__, defaults, default_factory, asdict/astuple/replace/fields
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(5), Point(x=3, y=4), Point.__hash__ is None)

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def total(self):
        return len(self.items) + self.count

inv = Inventory('box')
inv.items.append('pen')
other = Inventory('bag')
print(inv, other, other.items is not inv.items, inv.total())
print(asdict(inv), astuple(inv), replace(inv, name='crate'), [f.name for f in fields(Inventory)])
print(is_dataclass(inv), is_dataclass(Inventory), is_dataclass(5), Point.__match_args__)

@dataclass
class Line:
    start: Point
    end: Point
    tags: list = field(default_factory=lambda: ['new'])

line = Line(Point(0, 0), Point(3, 4))
print(asdict(line), astuple(line), line)

@dataclass
class Derived(Point):
    z: int = 9

print(Derived(1, 2, 3), Derived(1), [f.name for f in fields(Derived)])

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h

print(Rect(2, 3), Rect(2, 3) == Rect(2.0, 3.0))
