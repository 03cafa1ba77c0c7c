def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n
for v in (1, -1):
    try:
        print(check(v))
    except ValueError as e:
        print("error:", e)
try:
    raise KeyError
except KeyError as e:
    print("bare class", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("reraised", e)
try:
    raise RuntimeError("a") from ValueError("b")
except RuntimeError as e:
    print(e)
e = None
try:
    raise IndexError("x")
except IndexError as err:
    e = err
print(type(e).__name__, e.args)
print(isinstance(ValueError("v"), Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
