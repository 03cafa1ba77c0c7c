# C3 linearization on the classic diamond and a deeper lattice
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print([k.__name__ for k in D.mro()])
print(D.__bases__ == (B, C), D.__base__ is B)

class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class C2(Dd, F): pass
class B2(Dd, E): pass
class A2(B2, C2, E): pass
print([k.__name__ for k in A2.__mro__])
