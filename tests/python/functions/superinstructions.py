# Pairs of instructions the interpreter runs as one (LOAD_FAST LOAD_FAST, LOAD_FAST LOAD_CONST,
# STORE_FAST LOAD_FAST, LOAD_FAST LOAD_ATTR): the second part may raise, miss its cache or be
# a jump target; every case must behave as the two instructions do.

def unbound_second(flag):
    a = 1
    if flag:
        b = 2
    return a + b

def unbound_first(flag):
    if flag:
        a = 1
    b = 2
    return a + b

def store_then_unbound():
    x = 1
    y = x
    del x
    z = y
    return z + x

for f, args in [(unbound_second, (True,)), (unbound_second, (False,)), (unbound_first, (True,)), (unbound_first, (False,)), (store_then_unbound, ())]:
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)

# a loop whose back edge lands on the second instruction of a pair
def countdown(n):
    total = 0
    while n:
        total += n
        n -= 1
    return total
print(countdown(100))

def chain(a, b, c):
    return a, b, c, a, b, c
print(chain(1, 2, 3))

# LOAD_FAST LOAD_ATTR on instances (cache hits and misses), other objects and missing attributes
class P:
    def __init__(self, x):
        self.x = x
class Q:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

def get_x(o):
    return o.x

items = [P(1), P(2), Q(3), P(4), (lambda: 0)]
items[-1].x = 5
for o in items + [P(6)]:
    print(get_x(o))
try:
    get_x(object())
except AttributeError as e:
    print("AttributeError:", e)

def last_error(o):
    value = o
    return value.missing
try:
    last_error(P(0))
except AttributeError as e:
    print("AttributeError:", e)
