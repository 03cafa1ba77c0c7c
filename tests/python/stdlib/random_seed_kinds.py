# random.seed with ints (small, negative, huge) and strings (hashed with SHA-512, as CPython)
import random

for seed in [0, 1, -1, 42, 2 ** 32, 2 ** 100 + 7, -(2 ** 70), 'hello', '', 'ünïcode ☃', 'a' * 300, True, 3.5]:
    random.seed(seed)
    print(repr(seed)[:20], random.random(), random.getrandbits(64))
r1 = random.Random(12345)
r2 = random.Random(12345)
print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)])
