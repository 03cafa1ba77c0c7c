# math: exact functions (sqrt, floor/ceil/trunc, factorial, comb/perm, gcd/lcm, isqrt) and constants
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.sqrt(0.25), math.isqrt(10**20 + 12345))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-9.99), math.trunc(9.99))
print(math.floor(5), math.ceil(10**30), type(math.floor(2.5)).__name__)
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.comb(10, 3), math.comb(52, 5), math.comb(5, 7), math.perm(5), math.perm(5, 2), math.perm(3, 5))
print(math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6), math.gcd(12, 18, 27), math.gcd())
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.fabs(-3), math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(-7, 3), math.fmod(7.5, 2))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1.0))
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(5, 12, 84))
