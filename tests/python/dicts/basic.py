d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, "z" not in d)
print(list(d.keys()), list(d.values()), list(d.items()))
d["a"] = 10
del d["b"]
print(d)
d["b"] = 20
print(d, list(d))
print(d.pop("a"), d.pop("zz", "dflt"), d.setdefault("x", 5), d.setdefault("x", 6), d)
e = dict(d)
e.update({"y": 1}, z=2)
print(e, d == e, dict(a=1, b=2), dict([("k", "v")]))
print(d.popitem(), d)
e.clear()
print(e, {} == {}, {1: 2} == {1: 2.0})
