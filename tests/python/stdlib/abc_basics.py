# abc: abstract classes refuse instantiation (CPython 3.11's message), concrete subclasses work, register
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area():.2f}'

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class Half(Shape):
    def area(self):
        return 0

for cls in [Shape, Half]:
    try:
        cls()
    except TypeError as e:
        print('TypeError', e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), Half.__abstractmethods__, Square.__abstractmethods__)

class Plugin(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        ...

class External:
    def run(self):
        return 'external'

Plugin.register(External)
print(isinstance(External(), Plugin), issubclass(External, Plugin), issubclass(int, Plugin))
