# exception subclasses with extra attributes, __str__, custom __init__, hierarchy
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __str__(self):
        return f"[{self.code}] {self.args[0]} (not found)"
class Retry(AppError):
    retries = 3

try:
    raise NotFound(404, "page")
except AppError as e:
    print(type(e).__name__, e, e.code, e.args, repr(e))
try:
    raise Retry(503, "busy")
except (KeyError, AppError) as e:
    print(e, e.retries, isinstance(e, Exception), e.code)
e = AppError(1, "x")
e.extra = [1, 2]
print(e.extra, vars(e), str(e))
class Plain(ValueError):
    pass
try:
    int("zz")
except ValueError as err:
    print(isinstance(err, Plain), issubclass(Plain, ValueError), issubclass(Plain, (KeyError, LookupError)))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("m")))
raise NotFound(410, "gone")
