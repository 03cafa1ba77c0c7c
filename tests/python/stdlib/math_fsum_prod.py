# math.fsum is exact; prod multiplies anything; dist/hypot are accurate
import math

print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([1e-16, 1.0, 1e-16]), math.fsum([]))
print(math.fsum([0.1, 0.2, 0.3]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([1, 2, 3]), math.fsum([2**53, 1, 1]), math.fsum([-0.0, -0.0]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.prod(['ab', 3]), math.prod([[1], 2]))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 8]), math.hypot(), math.hypot(-7))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 1e-200), math.hypot(math.inf, math.nan))
for bad in [[math.inf, -math.inf], [1e308, 1e308, -1e308]]:
    try:
        math.fsum(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]))
