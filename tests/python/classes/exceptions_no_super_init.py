# exception subclasses whose __init__ skips super().__init__: args come from the constructor
class Quiet(Exception):
    def __init__(self, a, b):
        self.total = a + b
class Loud(Exception):
    def __init__(self, *args):
        super().__init__("loud", *args)
class WithNew(Exception):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls, *args)
q = Quiet(1, 2)
print(q.args, q.total, str(q), repr(q))
l = Loud(1)
print(l.args, str(l))
w = WithNew("m")
print(w.args, str(w))
try:
    raise Quiet(3, 4)
except Quiet as e:
    print("caught", e.total, e.args)
e = Loud()
e.args = ("replaced",)
print(e, e.args)
raise Quiet(5, 6)
