# functools.reduce and partial
from functools import reduce, partial
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3, 9, 2]))
print(reduce(lambda acc, w: acc + [len(w)], ['a', 'bb'], []), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo.func is int, basetwo.args, basetwo.keywords)

def power(base, exp, mod=None):
    return pow(base, exp, mod)

square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=7)
print(square(9), cube_mod(4), partial(power, 2)(10), partial(partial(power, 3), 4)())
print([partial(operator.mul, n)(10) for n in range(4)])
