# args, str/repr of builtin exceptions, with_traceback, __traceback__
cases = [
    ValueError(),
    ValueError("one"),
    ValueError("one", 2),
    KeyError("key"),
    KeyError(),
    KeyError("a", "b"),
    KeyError(("tuple",)),
    IndexError(3),
    OSError("disk", "full"),
    StopIteration(5),
    SystemExit(2),
    Exception(None),
    RuntimeError(""),
]
for e in cases:
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)

print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
e = ValueError("x")
print(e.__traceback__)
try:
    raise e
except ValueError as caught:
    tb = caught.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
e2 = KeyError("y").with_traceback(tb)
print(e2.__traceback__ is not None, e2.__traceback__.tb_lineno)
print(e2.with_traceback(None).__traceback__)
e.args = ("new", "args")
print(e.args, str(e))
e.note = "custom attribute"
print(e.note)
try:
    e.missing
except AttributeError as a:
    print(a)
print(isinstance(e, Exception), isinstance(e, BaseException), issubclass(KeyError, LookupError))
