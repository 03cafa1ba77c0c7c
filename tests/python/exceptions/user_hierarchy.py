# user exception hierarchies: matching order, tuples, custom __str__, extra attributes
class AppError(Exception):
    pass
class NetworkError(AppError):
    def __init__(self, host, code):
        super().__init__(host, code)
        self.host = host
        self.code = code
    def __str__(self):
        return f"{self.host} answered {self.code}"
class Timeout(NetworkError):
    pass

def attempt(kind):
    if kind == 0:
        raise Timeout("example.org", 504)
    if kind == 1:
        raise NetworkError("example.com", 500)
    if kind == 2:
        raise AppError("generic")
    raise KeyError(kind)

for k in range(4):
    try:
        attempt(k)
    except Timeout as e:
        print("timeout:", e, e.args, e.code)
    except (NetworkError, KeyError) as e:
        print("network or key:", type(e).__name__, e)
    except AppError as e:
        print("app:", repr(e))

print(issubclass(Timeout, AppError), isinstance(Timeout("h", 1), NetworkError))
print(Timeout.__name__)
e = NetworkError("h", 1)
print(repr(e), str(e), e.args)
try:
    raise Timeout
except TypeError as t:
    print("TypeError:", t)
