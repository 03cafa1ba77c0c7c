# math's error messages (domain/range errors and argument checking)
import math

cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
    lambda: math.factorial(-1), lambda: math.factorial(1.5), lambda: math.floor(math.inf),
    lambda: math.ceil(math.nan), lambda: math.acos(2), lambda: math.asin(-1.5), lambda: math.atanh(1),
    lambda: math.acosh(0.5), lambda: math.pow(0, -1), lambda: math.pow(-8, 1 / 3), lambda: math.pow(10, 400),
    lambda: math.gamma(0), lambda: math.gamma(-2), lambda: math.lgamma(-1), lambda: math.gamma(200),
    lambda: math.cosh(1000), lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 1), lambda: math.log(1, 1),
    lambda: math.isqrt(-5), lambda: math.comb(-1, 2), lambda: math.perm(5, -2), lambda: math.comb(5.0, 2),
    lambda: math.sqrt('x'), lambda: math.sqrt(), lambda: math.pow(2), lambda: math.log(), lambda: math.trunc('x'),
    lambda: math.gcd(1.5, 2), lambda: math.dist([1], [1, 2]), lambda: math.sqrt(10 ** 400),
    lambda: math.ldexp(1.0, 2.0), lambda: math.sin(math.inf), lambda: math.tan(-math.inf), lambda: math.prod(5),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
