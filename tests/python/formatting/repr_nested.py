# repr of nested and self-referencing containers, and of strings inside containers
a = [1, "two", 3.0, None, [True, (4,)], {"k": {5, 6} if False else {5}}]
print(a)
print(repr(a) == str(a))
b = {"list": [], "tuple": (), "dict": {}, "nested": {"x": [1, [2, [3]]]}}
print(b)
c = []
c.append(c)
c.append([c])
print(c)
d = {}
d[1] = [d, {2: d}]
print(d)
e = [{}, {}]
e[0]["sibling"] = e[1]
e[1]["sibling"] = e[0]
print(e)
print(["quote'", 'dq"', "both'\"", "\\", "\n\t", "\x1b", "é", "\u200b"])
print((1,), ((1,),), [(), [()]], {(): ()})
