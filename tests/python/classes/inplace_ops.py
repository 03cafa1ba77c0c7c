# in-place operators: __iadd__ mutates and returns self; fallback to __add__; NotImplemented
class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        b = Bag()
        b.items = [x for x in self.items if x != other]
        return b
    def __imul__(self, n):
        self.items = self.items * n
        return self
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)

bag = Bag()
ref = bag
bag += 1
bag += 2
print(bag is ref, bag.items)
bag -= 1
print(bag is ref, bag.items, ref.items)
bag *= 3
print(bag.items)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
ops = {"+=": lambda o: o.__iadd__, }
z = OnlyAdd(0)
try:
    z -= 1
except TypeError as e:
    print(e)
try:
    z **= 2
except TypeError as e:
    print(e)
lst = [1]
lst2 = lst
lst += (2, 3)
print(lst2)
