import sys
# what __exit__ receives and sys.exc_info() inside and after the block
class Show:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("type:", t)
        print("value:", repr(v))
        print("tb is traceback:", type(tb).__name__ if tb is not None else None)
        print("exc_info inside exit:", sys.exc_info()[0])
        return True

with Show():
    {}["missing"]
print("after:", sys.exc_info())

with Show():
    pass

class Reraiser:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None:
            raise RuntimeError("wrapped") from v

try:
    with Reraiser():
        int("abc")
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))
