# instance attributes: __dict__, vars(), deletion, many attributes, insertion order
class Obj:
    pass
a = Obj()
a.x = 1
a.y = 2
a.z = 3
b = Obj()
b.x = 10
b.y = 20
print(vars(a), b.__dict__)
del a.y
print(vars(a), a.x, a.z)
a.y = "back"
print(list(vars(a)))
d = b.__dict__
d["w"] = 40
print(b.w, sorted(vars(b).items()))
b.x = 11
print(d["x"])
many = Obj()
for i in range(100):
    setattr(many, f"a{i}", i)
print(len(vars(many)), many.a57, sum(getattr(many, f"a{i}") for i in range(100)))
for i in range(0, 100, 2):
    delattr(many, f"a{i}")
print(len(vars(many)), hasattr(many, "a4"), many.a5)
c = Obj()
for name in ["p", "q", "r"]:
    setattr(c, name, name * 2)
del c.p
del c.r
c.s = 1
print(vars(c))
try:
    vars(5)
except TypeError as e:
    print(e)
