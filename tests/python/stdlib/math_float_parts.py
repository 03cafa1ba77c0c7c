# frexp, ldexp, modf, nextafter, ulp, remainder, isclose
import math

for x in [8.0, 0.3, -5.5, 1e-310, 0.0, 1e300]:
    m, e = math.frexp(x)
    print(x, m, e, math.ldexp(m, e) == x)
print(math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(0.75, 1024), math.ldexp(3, 2))
print(math.modf(3.25), math.modf(-3.25), math.modf(5.0), math.modf(math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(5.0, 5.0))
print(math.ulp(1.0), math.ulp(1e300), math.ulp(0.0), math.ulp(-2.0), math.ulp(math.inf))
print(math.remainder(5, 2), math.remainder(7, 2), math.remainder(-7, 2), math.remainder(10, 3), math.remainder(5.5, math.inf))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.isclose(100, 101, rel_tol=0.02), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print('ValueError', e)
try:
    math.ldexp(1.0, 5000)
except OverflowError as e:
    print('OverflowError', e)
