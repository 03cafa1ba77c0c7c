# str() and repr() of exceptions with 0, 1 and many args, KeyError quoting
for e in [Exception(), Exception("m"), Exception("a", "b"), Exception(1), Exception([1, "x"]),
          KeyError("k"), KeyError(1), KeyError(""), KeyError("a", "b"), IndexError("list index out of range"),
          ZeroDivisionError("division by zero"), StopIteration(), StopIteration(None), AssertionError("msg"),
          UnicodeError("u"), NotImplementedError(), FileNotFoundError(2, "gone"), PermissionError("p")]:
    print(f"{type(e).__name__:20} str={str(e)!r:30} repr={e!r}")
print(repr(str(KeyError("quoted"))), repr(str(KeyError(("t",)))))
try:
    {}[("a", "b")]
except KeyError as e:
    print(e, e.args)
try:
    {}[None]
except KeyError as e:
    print(e, repr(e))
