# __getattribute__ sees every lookup, including methods and special attributes via the instance
class Counted:
    def __init__(self):
        object.__setattr__(self, "hits", {})
        self.a = 1
    def __getattribute__(self, name):
        hits = object.__getattribute__(self, "hits")
        hits[name] = hits.get(name, 0) + 1
        return object.__getattribute__(self, name)
    def method(self):
        return self.a
c = Counted()
for _ in range(3):
    c.method()
c.a
print(sorted(c.hits.items()))
print(len(c.__dict__), type(c).__name__)
class Raising:
    def __getattribute__(self, name):
        raise AttributeError("nope: " + name)
r = Raising()
print(hasattr(r, "x"), getattr(r, "y", "dflt"), type(r).__name__)
r.z
