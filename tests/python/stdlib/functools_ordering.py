# functools.cmp_to_key, total_ordering, wraps
from functools import cmp_to_key, total_ordering, wraps

def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

print(sorted(['pear', 'fig', 'apple', 'kiwi', 'date'], key=cmp_to_key(by_length_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), max([1, 5, 3], key=cmp_to_key(lambda a, b: a - b)))

@total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split('.'))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))

vs = [Version('1.10'), Version('1.2'), Version('1.2.1')]
print(sorted(vs), Version('2.0') >= Version('1.9'), Version('1.0') > Version('1.0'), Version('1') <= Version('1'))

def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__)
        return func(*args, **kwargs)
    return wrapper

@logged
def greet(name):
    """Say hello."""
    return 'hello ' + name

print(greet('ann'), greet.__name__, greet.__doc__, greet.__wrapped__('bob'))
