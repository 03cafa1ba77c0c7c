# random: 300 values for each of the seeds 0..9, summarized (sum of the floats and a hash of their reprs)
import random

for seed in range(10):
    random.seed(seed)
    values = [random.random() for _ in range(300)]
    digest = 0
    for v in values:
        for ch in repr(v):
            digest = (digest * 31 + ord(ch)) % 1000000007
    print(seed, values[0], values[-1], sum(values), digest)
