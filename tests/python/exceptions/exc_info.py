import sys
# sys.exc_info() and sys.exception() follow the handled exception
print(sys.exc_info())
try:
    raise ValueError("outer")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("inner")
    except KeyError:
        print(sys.exc_info()[1])
    print("back to", sys.exc_info()[1])
print(sys.exc_info(), sys.exception())

def helper():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print("seen by a called function:", helper().__name__)

try:
    raise TypeError("t")
except TypeError:
    try:
        raise
    except TypeError as again:
        print("bare raise re-raises:", again)

try:
    raise
except RuntimeError as e:
    print(e)
