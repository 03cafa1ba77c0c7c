# isinstance / issubclass with classes, nested tuples, and their errors
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, (C, (int, B))), isinstance(b, ()))
print(isinstance(1, (str, (float, (int,)))), isinstance(True, int), isinstance(A, type), isinstance(type, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, object)), issubclass(bool, (str, int)))
print(issubclass(type, object), issubclass(object, type), isinstance(object, type))
for args in [(b, 1), (b, (A, 1))]:
    try:
        isinstance(*args)
    except TypeError as e:
        print(e)
try:
    issubclass(b, A)
except TypeError as e:
    print(e)
issubclass(A, "B")
