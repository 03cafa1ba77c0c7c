# a small Monte Carlo program: estimating pi and a random walk with a fixed seed
import random

rng = random.Random(1234)
inside = 0
for _ in range(20000):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / 20000)

pos = 0
path = []
for step in range(30):
    pos += rng.choice((-1, 1))
    path.append(pos)
print(path, max(path), min(path))

grid = [[rng.randrange(3) for _ in range(8)] for _ in range(4)]
for row in grid:
    print(''.join('.#*'[c] for c in row))
