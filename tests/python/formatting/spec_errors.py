# invalid format specs raise CPython's errors
cases = [
    (1, "abc"), (1.5, "abc"), ("s", "abc"), (1, "<<<"), ("s", "=10"), ("s", "+"), ("s", "#"),
    ("s", ","), (1, ",_"), (1, ".2"), (1.5, "c"), ("s", "c"), (1, ",x"), (1, "_n"), (1.0, "d"),
    ("s", "d"), (1, "z"), (1, "+c"), (1, "."), (None, "x"), ([1], ">5"), (1, "q"),
]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), "->", repr(format(value, spec)))
    except (ValueError, TypeError) as e:
        print(repr(value), repr(spec), type(e).__name__, e)
print(format(None), format([1, 2]), format((1,), ""), format(True), format(False, "^7"))
