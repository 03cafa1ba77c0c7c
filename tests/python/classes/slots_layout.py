# __slots__ and instance layouts: conflicts between bases, empty slots, subclass dicts
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
class Empty:
    __slots__ = ()
class AE(A, Empty):
    __slots__ = ("c",)
x = AE()
x.a, x.c = 1, 3
print(x.a, x.c, [k.__name__ for k in AE.__mro__])
try:
    x.d = 4
except AttributeError as e:
    print(e)
e = Empty()
try:
    e.q = 1
except AttributeError as err:
    print(err)
try:
    class AB(A, B):
        pass
except TypeError as err:
    print(err)
try:
    class BadInt(int):
        __slots__ = ("x",)
except TypeError as err:
    print(err)
class L(list):
    __slots__ = ("tag",)
l = L([1, 2])
l.tag = "t"
print(l, l.tag)
try:
    l.other = 1
except AttributeError as err:
    print(err)
class IntOK(int):
    __slots__ = ()
print(IntOK(5) + 1)
try:
    class S(A):
        __slots__ = 5
except TypeError as err:
    print(err)
class Dup(A):
    __slots__ = ("a",)
d = Dup()
d.a = "dup"
print(d.a)
class T:
    __slots__ = ("x", 1)
