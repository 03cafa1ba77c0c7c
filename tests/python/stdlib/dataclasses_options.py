# dataclasses: order, frozen, unsafe_hash, eq=False, kw_only, and the errors CPython gives
from dataclasses import dataclass, field, FrozenInstanceError, KW_ONLY

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

print(sorted([Version(1, 2), Version(1, 0, 'x'), Version(0, 9)]), Version(1) < Version(1, 1), Version(2) >= Version(1, 9))

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float

c = Coord(1.5, 2.5)
print(c, hash(c) == hash(Coord(1.5, 2.5)), {c: 'here'}[Coord(1.5, 2.5)])
try:
    c.lat = 0
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)

@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str

print(hash(Key(1, 'x')) == hash(Key(1, 'x')), len({Key(1, 'x'), Key(1, 'x')}))

@dataclass(eq=False)
class Handle:
    n: int

print(Handle(1) == Handle(1), Handle(1) != Handle(1))

@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1

print(Options('x', verbose=True), Options('y', level=3))

@dataclass
class P:
    x: int
    y: int = 0

for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2), lambda: Options('a', True),
            lambda: P(1) < P(2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print('ValueError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)
