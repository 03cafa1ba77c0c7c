# str.format errors
class Obj:
    pass
cases = [
    ("{} {}", (1,), {}),
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{missing}", (), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0", (1,), {}),
    ("{!x}", (1,), {}),
    ("{!r", (1,), {}),
    ("{!rr}", (1,), {}),
    ("{0.}", (1,), {}),
    ("{0[}", ([1],), {}),
    ("{0[0]x}", ([1],), {}),
    ("{0.nope}", (Obj(),), {}),
    ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}),
    ("{:d}", ("s",), {}),
    ("{:{}}", (1,), {}),
    ("{:x}", (Obj(),), {}),
    ("{:{:{}}}", (1, 2, 3), {}),
]
for fmt, args, kw in cases:
    try:
        print(repr(fmt), "->", repr(fmt.format(*args, **kw)))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
