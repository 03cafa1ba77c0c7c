import math
print(math.sqrt(16), math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(math.pi, math.e, math.inf, -math.inf)
print(math.gcd(12, 18), math.factorial(10), math.isqrt(99) if hasattr(math, "isqrt") else 9)
print(round(math.sin(0), 5), round(math.cos(0), 5), math.fabs(-3), math.pow(2, 10))
print(math.isnan(float("nan")), math.isinf(math.inf), math.log(1), math.log10(1000), math.log2(8))
print(math.trunc(-3.7), math.hypot(3, 4), math.exp(0))
