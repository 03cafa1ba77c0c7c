# a small statistics program on math: mean, variance with fsum, percentiles, binomial probabilities
import math

data = [2.5, 3.1, 4.7, 1.2, 9.8, 5.5, 3.3, 7.1, 6.0, 4.4]
n = len(data)
mean = math.fsum(data) / n
var = math.fsum((x - mean) ** 2 for x in data) / (n - 1)
print(mean, var, math.sqrt(var), math.isqrt(n))
s = sorted(data)

def percentile(p):
    k = (len(s) - 1) * p
    f = math.floor(k)
    c = math.ceil(k)
    if f == c:
        return s[int(k)]
    return s[f] * (c - k) + s[c] * (k - f)

print([round(percentile(p), 6) for p in (0, 0.25, 0.5, 0.75, 1)])

def binom(k, n, p):
    return math.comb(n, k) * p ** k * (1 - p) ** (n - k)

probs = [binom(k, 10, 0.5) for k in range(11)]
print(probs[:3], math.fsum(probs), max(range(11), key=lambda k: probs[k]))
print(math.perm(10, 3), math.factorial(10) // math.factorial(7), math.prod(range(8, 11)))
print(math.dist([0, 0, 0], [1, 2, 2]), round(math.hypot(*data), 10))
