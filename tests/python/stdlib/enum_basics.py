# enum: Enum, IntEnum, StrEnum, Flag, auto, unique; reprs, lookups and errors
from enum import Enum, IntEnum, auto, unique, Flag, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], len(Color), list(Color))
print(Color.RED is Color(1), Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED in Color, isinstance(Color.RED, Color))
print(Color, type(Color.RED), [c.name for c in Color], Color.__members__.keys() if False else list(Color.__members__))
try: Color(7)
except ValueError as e: print('ValueError', e)
try: Color['X']
except KeyError as e: print('KeyError', e)
class P(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(P.LOW, repr(P.MID), P.HIGH + 1, P.LOW < P.HIGH, sorted([P.HIGH, P.LOW]), int(P.MID), f'{P.MID}', P(3))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 'zz'
    W = 1
print(list(A), A.W, A(1), {A.X: 1}[A.X], hash(A.X) == hash('X'))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
except ValueError as e: print('ValueError', e)
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), bool(Perm.R & Perm.W))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, S.B, repr(S.A), S.A == 'a', S.B.upper())
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
try: Color.RED = 5
except AttributeError as e: print('AttributeError', e)
