e = ValueError("a", 1)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), repr(IndexError()))
print(str(Exception()), repr(Exception("x", "y")), str(Exception("x", "y")))
try:
    raise TypeError("t")
except Exception as ex:
    print(type(ex).__name__, ex.args[0], isinstance(ex, TypeError), isinstance(ex, ValueError))
errs = []
for exc in (ValueError, KeyError, ZeroDivisionError, NameError):
    try:
        raise exc("m")
    except (ValueError, LookupError) as err:
        errs.append("caught " + type(err).__name__)
    except Exception as err:
        errs.append("other " + type(err).__name__)
print(errs)
