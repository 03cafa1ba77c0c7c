# %-formatting errors and their messages
cases = [
    ("%s %s", (1,)),
    ("%s", (1, 2)),
    ("%d", "x"),
    ("%d", ("x",)),
    ("%x", 1.5),
    ("%f", "x"),
    ("%c", "ab"),
    ("%c", 1.5),
    ("%y", 1),
    ("%", 1),
    ("%(a)s", (1,)),
    ("%(a)s", {"b": 1}),
    ("%s %(a)s", {"a": 1}),
    ("%(a", {"a": 1}),
    ("%*d", ("x", 1)),
    ("%c", 0x110000),
    ("abc", 5),
    ("%d", None),
]
for fmt, args in cases:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
