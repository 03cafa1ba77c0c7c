# __getattr__ only for missing attributes; __getattribute__ for all
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forward", name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
print(p._target, p.count(1))
try:
    p.nothing
except AttributeError as e:
    print(e)

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no access to {name}")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"default:{name}"

l = Logged()
print(l.a, l.secret_key, l.other)

class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(Prop().broken)
print(getattr(Prop(), "x", None), hasattr(Proxy([]), "pop"))
