# acceptable and unacceptable bases, type(obj) of builtin subclasses, __base__ / __bases__
for base in (bool, type(None), range, type(len), type(lambda: 0)):
    try:
        class X(base):
            pass
    except TypeError as e:
        print(e)
class I(int): pass
class F(float): pass
class T(tuple): pass
class S(set): pass
class FS(frozenset): pass
for cls, arg in ((I, 3), (F, 2.5), (T, [1, 2]), (S, "aab"), (FS, [1, 1])):
    v = cls(arg)
    print(cls.__name__, type(v).__name__, cls.__base__.__name__, [b.__name__ for b in cls.__mro__])
s = S("ab")
s.add("c")
print(sorted(s), len(s), "a" in s, sorted(s | {"z"}), type(s | {"z"}).__name__)
print(I(3) + I(4), type(I(3) + I(4)).__name__, F(1.5) * 2, T([1]) + (2,))
class X(1):
    pass
