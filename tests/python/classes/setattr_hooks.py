# __setattr__ / __delattr__ overrides, object.__setattr__ and frozen objects
class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign {name}: frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}: frozen")
    def __repr__(self):
        return "Frozen(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items()) + ")"

f = Frozen(a=1, b="x")
print(f, f.a)
try:
    f.a = 2
except AttributeError as e:
    print(e)
try:
    del f.b
except AttributeError as e:
    print(e)

class Tracked:
    def __init__(self):
        self.changes = []
    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.changes.append("-" + name)
        object.__delattr__(self, name)

t = Tracked()
t.x = 1
t.y = 2
t.x = 3
del t.y
setattr(t, "z", 4)
delattr(t, "z")
print(t.changes, t.x, hasattr(t, "y"))
try:
    setattr(t, 5, 1)
except TypeError as e:
    print(e)
object.__setattr__(t, "w", 9)
print(t.w, t.changes[-1])
