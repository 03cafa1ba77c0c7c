# lookups stay right when a base's dict changes after subclasses exist (deep hierarchies)
class L0:
    def val(self):
        return 0
classes = [L0]
for i in range(1, 8):
    classes.append(type(f"L{i}", (classes[-1],), {}))
leaf = classes[-1]()
seen = []
for step in range(8):
    seen.append(leaf.val())
    setattr(classes[step % 4], "val", (lambda k: lambda self: k)(step + 1))
print(seen)
print([c.__name__ for c in type(leaf).__mro__][:3], len(type(leaf).__mro__))
class A:
    x = 1
class B(A):
    pass
class C(A):
    x = 3
class D(B, C):
    pass
print(D.x, D().x)
del C.x
print(D.x)
A.x = 10
print(D.x, B.x)
C.x = 30
print(D.x)
