# plain object() instances: identity semantics, default hash/eq/repr, no attributes
MISSING = object()
other = object()
def lookup(d, k, default=MISSING):
    v = d.get(k, MISSING)
    if v is MISSING:
        if default is MISSING:
            raise KeyError(k)
        return default
    return v
print(lookup({"a": 1}, "a"), lookup({}, "b", 0), MISSING == MISSING, MISSING == other, MISSING != other)
print(type(MISSING).__name__, repr(MISSING).startswith("<object object at 0x"), hash(MISSING) == hash(MISSING))
print(len({MISSING, other, MISSING}), {MISSING: "m"}[MISSING], isinstance(MISSING, object), str(MISSING) == repr(MISSING))
try:
    MISSING.x = 1
except AttributeError as e:
    print(e)
try:
    MISSING < other
except TypeError as e:
    print(e)
class Thing:
    pass
t1, t2 = Thing(), Thing()
print(t1 == t2, t1 == t1, t1 != t2, len({t1, t2, t1}), sorted([1, 2], key=lambda _: 0))
lookup({}, "nope")
