# choice, shuffle, sample (small and large populations), choices (weights, cum_weights)
import random

random.seed(7)
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:10])
print(random.choice(deck), random.choice('xyz'), random.choice(range(100, 200)))
print(random.sample(range(100), 10), random.sample(range(10 ** 6), 5), random.sample('abcdefgh', 8))
print(random.sample(['red', 'blue'], k=5, counts=[4, 2]))
print(random.choices('abc', k=10), random.choices([1, 2, 3], weights=[10, 1, 1], k=10))
print(random.choices(['x', 'y'], cum_weights=[1, 10], k=8))
hand = random.sample(deck, 5)
print(sorted(hand), len(set(hand)))
