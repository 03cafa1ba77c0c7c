# random's errors
import random

cases = [
    lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
    lambda: random.randrange(1, 10, 0), lambda: random.randrange(10, 20, -1), lambda: random.randint(5, 1),
    lambda: random.sample(range(3), 5), lambda: random.sample(range(3), -1), lambda: random.getrandbits(-1),
    lambda: random.choices('ab', weights=[1], k=2), lambda: random.choices('ab', weights=[0, 0]),
    lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]), lambda: random.randrange(3, None, 2),
    lambda: random.randrange('a'), lambda: random.Random().setstate((2, (), None)),
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except (ValueError, TypeError, IndexError) as e:
        print(i, type(e).__name__, e)
