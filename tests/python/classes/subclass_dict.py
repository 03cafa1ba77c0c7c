# subclassing dict: __missing__, overriding __setitem__, keyword construction
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
d = Default(a=1)
print(d["a"], d["zz"], len(d), "zz" in d, d.get("zz"))

class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
u = Upper()
u["x"] = 1
u["y"] = 2
print(u, u["X"], u["y"], list(u.keys()), sorted(u.items()))
class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1
c = Counter()
for ch in "hello":
    c.add(ch)
print(c, isinstance(c, dict), dict(c) == {"h": 1, "e": 1, "l": 2, "o": 1})
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
a = Attr(alpha=1, beta=2)
print(a.alpha + a.beta, Attr({"k": "v"}).k)
print(Upper()["missing"])
