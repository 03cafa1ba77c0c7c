d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(list(d), list(d.values()))
del d["a"]
d["a"] = 99
print(list(d.items()))
d["z"] = -1
print(d)
print(dict.fromkeys("abc", 0) if hasattr(dict, "fromkeys") else {"a": 0, "b": 0, "c": 0})
e = {1: "x", 2: "y"}
f = {2: "y", 1: "x"}
print(e == f, list(e) == list(f))
