# __hash__ / __eq__ rules: defining __eq__ alone makes instances unhashable
class Plain:
    pass
class EqOnly:
    def __eq__(self, o):
        return True
class Both:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Both) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
class Inherits(Both):
    pass
class ReEq(Both):
    def __eq__(self, o):
        return False

p = Plain()
print(hash(p) == hash(p), {p: 1}[p])
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
try:
    {EqOnly()}
except TypeError as e:
    print(e)
s = {Both(1), Both(1), Both(2)}
print(len(s), Both(2) in s, {Both("a"): 5}[Both("a")])
print(hash(Inherits(3)) == hash(3))
try:
    hash(ReEq(1))
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2 ** 70
print(hash(BigHash()) == hash(2 ** 70))
class BadHash:
    def __hash__(self):
        return "x"
hash(BadHash())
