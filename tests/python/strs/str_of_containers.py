print(str([1, "two", 3.0, None, True, (4,), {"k": [5]}]))
print(repr(["'", '"', "\\", "\n"]))
print(str(("a",)), str(()), str([[]]), str({1: {2: {3: ()}}}))
print(f"{[1, 2]!s} {('x', 1)!r} {{'not': 'a dict'}}")
