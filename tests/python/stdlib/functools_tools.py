# functools: partial (nesting, keywords, repr-free), lru_cache stats, reduce, cmp_to_key, wraps
import functools


def power(base, exp, *, mod=None):
    r = base ** exp
    return r % mod if mod else r


square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
two_to = functools.partial(power, 2)
print(square(5), cube_mod(4), two_to(10), two_to(exp=3))
nested = functools.partial(two_to, mod=5)
print(nested(4), nested.func is power, nested.args, sorted(nested.keywords.items()))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())
fib.cache_clear()
print(fib.cache_info().currsize)


@functools.lru_cache(maxsize=2)
def sq(x):
    print('computing', x)
    return x * x


for x in [1, 2, 1, 3, 2, 1]:
    sq(x)
print(sq.cache_info())
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 0),
      functools.reduce(lambda acc, s: acc + len(s), ['ab', 'cde'], 100))


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha)))
print(max(words, key=functools.cmp_to_key(by_length_then_alpha)))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return ('logged', fn(*args, **kwargs))
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4), add.__qualname__)
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError', e)
square()
