# metaclass resolution: the most derived metaclass wins; unrelated metaclasses conflict
class M1(type): pass
class M2(type): pass
class M3(M1): pass
class A(metaclass=M1): pass
class B(metaclass=M3): pass
class C(A, B): pass
print(type(C).__name__)
class D(metaclass=M2): pass
def f(name, bases, ns):
    return name.upper()
class NotAClass(metaclass=f):
    pass
print(NotAClass)
class E(A, D): pass
