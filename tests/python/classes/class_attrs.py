# class attributes vs instance attributes, shadowing, and changes seen by all instances
class Counter:
    count = 0
    label = "c"
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a = Counter()
b = Counter()
print(Counter.count, a.count, b.id)
a.label = "mine"
print(a.label, b.label, Counter.label)
del a.label
print(a.label)
Counter.label = "changed"
print(a.label, b.label)
Counter.extra = [1]
print(b.extra, hasattr(a, "extra"))
del Counter.extra
print(hasattr(b, "extra"))
try:
    del Counter.extra
except AttributeError as e:
    print(e)
try:
    print(b.missing)
except AttributeError as e:
    print(e)
try:
    del b.nothing
except AttributeError as e:
    print(e)
class Sub(Counter):
    label = "sub"
s = Sub()
print(s.label, s.id, Counter.count, Sub.count)
Counter.label = "again"
print(s.label, a.label)
