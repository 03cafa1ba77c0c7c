d = {}
d[1] = "int"
d[1.0] = "float-same"
d[2.5] = "float"
d["1"] = "str"
d[(1, 2)] = "tuple"
d[True] = "bool-same-as-1"
d[None] = "none"
d[2 ** 70] = "big"
print(d)
print(d[1], d[(1, 2)], d[2 ** 70], d[None])
try:
    d[[1]] = 0
except TypeError as e:
    print(e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
