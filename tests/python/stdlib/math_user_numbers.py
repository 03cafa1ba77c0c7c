# math functions accept ints, bools and objects with __float__/__index__; floor/ceil use __floor__/__ceil__
import math

class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)

class Idx:
    def __index__(self):
        return 6

class Rounder:
    def __floor__(self):
        return 'floor!'
    def __ceil__(self):
        return 'ceil!'

print(math.sqrt(Meters(81)), math.sqrt(True), math.factorial(Idx()), math.comb(Idx(), 2))
print(math.floor(Rounder()), math.ceil(Rounder()), math.floor(True), math.gcd(Idx(), 4))
print(math.sqrt(2 ** 60), math.log(2 ** 62, 2), math.exp(False))
