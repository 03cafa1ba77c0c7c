# @property with getter, setter and deleter; validation in the setter
class Temperature:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.fahrenheit = 3
except AttributeError as e:
    print(e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
t.__dict__["celsius"] = "shadow?"
print(t.__dict__.get("celsius"), end=" ")
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError")
