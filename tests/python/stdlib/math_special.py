# gamma/lgamma (CPython's Lanczos), erf/erfc, log of huge ints, pow special cases
import math

print([math.gamma(n) for n in range(1, 12)])
print(math.gamma(0.5), math.gamma(1.5), math.gamma(-0.5), math.gamma(1e-30))
print(math.lgamma(1), math.lgamma(2), math.lgamma(0.5), math.lgamma(-0.5), math.lgamma(math.inf))
print(math.erf(0), math.erf(0.5), math.erf(-1.3), math.erf(3), math.erf(7), math.erf(-7))
print(math.erfc(0), math.erfc(0.5), math.erfc(-1), math.erfc(10), math.erfc(30), math.erf(1e-10))
print(math.log(10 ** 400), math.log2(2 ** 1000), math.log10(10 ** 500), math.log(2 ** 2000, 2))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log(1), math.log1p(0))
print(math.pow(1, math.nan), math.pow(math.nan, 0), math.pow(-1, math.inf), math.pow(2, -1074), math.pow(0.0, 0.0))
print(math.pow(2, 10), math.pow(-2, 3), math.pow(4, 0.5), math.pow(math.inf, -1), math.pow(-0.0, 3))
print(round(math.gamma(4.5), 12), round(math.lgamma(100), 10), round(math.gamma(-3.7), 12))
