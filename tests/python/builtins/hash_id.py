print(hash(1) == hash(1.0), hash("a") == hash("a"), hash((1, "x")) == hash((1, "x")))
a = [1]
b = a
print(id(a) == id(b), a is b, [1] is [1], None is None)
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
print(hash(0), hash(-1) == hash(-2), hash(True))
