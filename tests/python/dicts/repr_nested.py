d = {"list": [1, 2], "tuple": (3,), "dict": {"x": None}, "str": "q'uote", 1.5: True}
print(d)
print(repr(d), str(d) == repr(d))
s = {"self": None}
s["self"] = s
print(s)
l = [1]
l.append(l)
print(l)
