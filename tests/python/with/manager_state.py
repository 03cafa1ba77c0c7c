# managers as objects with state: reuse, counting, the as-target being any object
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.depth = 0
    def __enter__(self):
        self.entered += 1
        self.depth += 1
        return self.depth
    def __exit__(self, *exc):
        self.exited += 1
        self.depth -= 1
        return False

c = Counter()
with c as d1:
    with c as d2:
        print("depths", d1, d2)
for _ in range(3):
    with c:
        pass
print(c.entered, c.exited, c.depth)

class Box:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, *a):
        pass
with Box() as (first, *rest):
    print(first, rest)
holder = {}
with Box() as holder["value"]:
    pass
print(holder)
class Attr:
    pass
obj = Attr()
with Box() as obj.items:
    pass
print(obj.items)
