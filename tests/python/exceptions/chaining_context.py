# implicit chaining: __context__ is the exception being handled when another is raised
def f():
    try:
        {}["k"]
    except KeyError:
        return 1 / 0

try:
    f()
except ZeroDivisionError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        raise ValueError("first")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print("finally context:", repr(e.__context__))

try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a
except ValueError as e:
    print("re-raising the same exception does not chain it to itself:", e.__context__)

try:
    try:
        raise OSError("one")
    except OSError:
        try:
            raise KeyError("two")
        except KeyError:
            raise IndexError("three")
except IndexError as e:
    c = e
    chain = []
    while c is not None:
        chain.append(repr(c))
        c = c.__context__
    print(" <- ".join(chain))

try:
    try:
        raise ValueError
    except ValueError:
        pass
    raise TypeError("after the handler ended")
except TypeError as e:
    print("no context after handler:", e.__context__)
