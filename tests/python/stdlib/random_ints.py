# randint, randrange (steps, negative ranges, huge ranges) and getrandbits
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], [random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(10, 0, -3) for _ in range(8)], [random.randrange(-100, -90) for _ in range(5)])
print(random.randrange(10 ** 30), random.randint(-10 ** 20, 10 ** 20))
print([random.getrandbits(k) for k in (0, 1, 7, 32, 33, 64, 100)])
counts = [0] * 6
for _ in range(1200):
    counts[random.randint(1, 6) - 1] += 1
print(counts, sum(counts))
