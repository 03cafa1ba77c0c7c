class MyError(Exception):
    pass


class DetailedError(MyError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise MyError("boom")
except MyError as e:
    print("caught", type(e).__name__, e.args, isinstance(e, Exception))

try:
    raise DetailedError(42, "bad thing")
except MyError as e:
    print("caught", type(e).__name__, e.code, e.args)

try:
    raise MyError
except Exception as e:
    print("bare", type(e).__name__, e.args)


def f(n):
    if n == 0:
        raise DetailedError(n, "zero")
    return f(n - 1)


try:
    f(5)
except (ValueError, DetailedError) as e:
    print("deep", e.code, str(e.args[0]))

print(issubclass(DetailedError, Exception), issubclass(MyError, ValueError))


class NotFound(KeyError):
    pass


try:
    {}["x"]
except NotFound:
    print("wrong")
except KeyError:
    print("KeyError is not NotFound")

try:
    raise NotFound("k")
except LookupError as e:
    print("LookupError catches", type(e).__name__)

raise DetailedError(1, "uncaught")
