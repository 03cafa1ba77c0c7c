# inconsistent hierarchies: CPython's TypeError
class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass
try:
    class Z(A, B): pass
except TypeError as e:
    print("error:", str(e).replace("\n", " "))
try:
    class P(X, X): pass
except TypeError as e:
    print(e)
try:
    class Q(object, X): pass
except TypeError as e:
    print(str(e).replace("\n", " "))
class Z(A, B): pass
