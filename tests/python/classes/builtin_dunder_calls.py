# special methods of builtin types called explicitly, and through super() in subclasses
print(int.__add__(2, 3), (5).__mul__(2), (1).__add__("x"), int.__radd__(2, 3))
print(str.__len__("abc"), "ab".__add__("c"), list.__getitem__([1, 2], 1), [1, 2].__contains__(2))
print(float.__truediv__(1.0, 4), (3).__neg__(), abs(-2).__index__(), (7).__eq__(7.0), (1).__lt__("a"))
print(dict.__getitem__({"a": 1}, "a"), {1: 2}.__len__(), (1, 2).__hash__() == hash((1, 2)))
print(object.__eq__(1, 1), object.__ne__(1, 2), object().__eq__(3), object.__repr__(5).startswith("<int object"))
print(object.__str__([1]), repr(object.__format__(3, "")), type(object.__hash__(4)).__name__)
class MyInt(int):
    def __add__(self, o):
        return "MyInt+" + str(super().__add__(o))
    def __repr__(self):
        return f"MyInt({int.__repr__(self)})"
m = MyInt(4)
print(m + 1, 1 + m, m, m - 1, m.__radd__(1))
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
    def __len__(self):
        return super().__len__() * 10
l = L([5, 6])
print(l[0], len(l), list(l), l.__iter__ is not None)
print(list.__len__(l), str.__str__("s"), int.__new__(int, "12"), tuple.__new__(tuple, [1]))
