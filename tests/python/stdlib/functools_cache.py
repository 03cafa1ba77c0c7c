# functools.lru_cache/cache: memoized recursion, cache_info, maxsize eviction, typed, cache_clear
from functools import lru_cache, cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(100), fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    return x * x

for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())
square.cache_clear()
print(square.cache_info())

@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)

print(paths(16, 16), paths.cache_info().currsize)

@lru_cache(typed=True)
def kind(x):
    return type(x).__name__

print(kind(1), kind(1.0), kind.cache_info().misses)

@lru_cache
def add(a, b=0):
    return a + b

print(add(1), add(1, b=2), add(1), add.cache_info().hits, add.__name__)
