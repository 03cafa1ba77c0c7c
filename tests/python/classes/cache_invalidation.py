# method lookup caches must see every change to a class or any of its bases
class Base:
    def f(self):
        return "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
x = Leaf()
out = []
for i in range(6):
    out.append(x.f())
    if i == 1:
        Mid.f = lambda self: "mid"
    elif i == 2:
        Base.f = lambda self: "new base"
    elif i == 3:
        del Mid.f
    elif i == 4:
        Leaf.f = staticmethod(lambda: "static leaf")
print(out)
class Counter:
    step = 1
c = Counter()
vals = []
for i in range(4):
    vals.append(c.step)
    Counter.step += 1
print(vals)
x.f = lambda: "instance"
print(x.f())
del x.f
print(x.f())
del Leaf.f
print(x.f())
Base.g = property(lambda self: "prop")
print(x.g)
x.__dict__["g"] = "shadow"
print(x.g)
