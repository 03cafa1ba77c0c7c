# random with a fixed seed: sequences of ints, choices, shuffles and samples are reproducible
import random

random.seed(12345)
print([random.randint(1, 100) for _ in range(8)])
print([random.randrange(0, 50, 5) for _ in range(5)], random.random(), random.uniform(1, 2))
items = list(range(10))
random.shuffle(items)
print(items, random.choice('abcdef'), random.sample(range(100), 5))
print(random.choices(['r', 'g', 'b'], weights=[5, 1, 1], k=10), random.getrandbits(20))
r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(0, 9) for _ in range(6)] == [r2.randint(0, 9) for _ in range(6)])
state = r1.getstate()
a = [r1.random() for _ in range(3)]
r1.setstate(state)
print(a == [r1.random() for _ in range(3)])
random.seed('text seed')
print(random.randint(0, 10 ** 6), random.choice([10, 20, 30]))
random.seed(2 ** 70 + 1)
print(random.randrange(1000), round(random.gauss(0, 1), 6) == round(random.gauss(0, 1), 6))
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.seed(99)
hand = random.sample(deck, 5)
print(hand, len(set(hand)))
counts = {}
random.seed(0)
for _ in range(1000):
    k = random.randint(1, 6)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()), sum(counts.values()))
for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3)]:
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
random.randrange(0)
