def trace(f):
    def wrapper(*args, **kwargs):
        r = f(*args, **kwargs)
        print("call", f.__name__ if hasattr(f, "__name__") else "f", args, "->", r)
        return r
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
def memo(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return g
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def times(n):
    def deco(f):
        def g(x):
            for _ in range(n):
                x = f(x)
            return x
        return g
    return deco
@times(3)
def double(x):
    return x * 2
print(double(5))
