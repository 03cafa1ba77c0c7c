# __exit__ returning a true value suppresses the exception; false lets it propagate
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit sees", exc_type.__name__ if exc_type else None, exc)
        return exc_type is not None and issubclass(exc_type, self.types)

with Suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("after suppressed")

try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("propagated", repr(e))

class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return 1

with Truthy():
    raise ValueError("swallowed by a truthy int")
print("ok")

class ListTrue:
    def __enter__(self): return self
    def __exit__(self, *a): return []

try:
    with ListTrue():
        raise ValueError("empty list is false")
except ValueError as e:
    print("not suppressed:", e)

def count():
    total = 0
    for i in range(5):
        with Suppress(ValueError):
            if i % 2:
                raise ValueError(i)
            total += i
    return total
print(count())
