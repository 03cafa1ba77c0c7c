# repr and str of the builtin types, including nested and recursive containers
class C:
    pass
items = [
    1, -5, 2**100, 1.5, True, None, NotImplemented, ..., "it's", 'say "hi"', "both ' \"", "tab\there\n",
    "\x00\x7f\xe9\u20ac\U0001f600", b"bytes\x00\xff'", b'q"', (), (1,), (1, 2), [], [[]], {}, {1: {2: {}}},
    set(), {3}, frozenset(), frozenset({1}), range(5), range(1, 10, 2), int, str,
    type(None), ValueError, C, KeyError("x"), ValueError(1, "two"),
]
for x in items:
    print(repr(x), "|", str(x))
lst = [1, 2]
lst.append(lst)
print(lst, str(lst), repr([lst]))
d = {"a": 1}
d["self"] = d
print(d)
nested = [d, lst, (lst,)]
print(nested)
t = ([],)
t[0].append(t)
print(t)
print(repr(ascii("naïve ☃ 😀")), ascii([1, "é"]))
print(type(len).__name__, repr(len), repr(print))
print(repr(1e16), repr(-1e-7), str(1e-4), [0.1, 1/3])
