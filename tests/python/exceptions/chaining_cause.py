# explicit chaining: raise ... from ..., from None, and __suppress_context__
try:
    try:
        int("x")
    except ValueError as err:
        raise RuntimeError("conversion failed") from err
except RuntimeError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__ is e.__cause__)

try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("hidden") from None
except RuntimeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))

try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print("class as cause:", repr(e.__cause__))

try:
    raise KeyError("k") from 5
except TypeError as e:
    print(e)

e = ValueError("manual")
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = None
print(e.__context__)
try:
    e.__cause__ = "nope"
except TypeError as t:
    print(t)
try:
    e.__context__ = 3
except TypeError as t:
    print(t)
