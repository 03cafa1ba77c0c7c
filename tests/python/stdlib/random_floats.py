# uniform, triangular, and the state round trip (getstate/setstate)
import random

random.seed(99)
print([random.uniform(-1, 1) for _ in range(5)])
print([random.uniform(10, 5) for _ in range(3)], random.triangular(0, 10, 3), random.triangular())
state = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(state)
b = [random.random() for _ in range(5)]
print(a == b, len(state), state[0], len(state[1]), state[2])
r = random.Random('game')
print(r.random(), r.randint(1, 100), r.choice(['rock', 'paper', 'scissors']))
r.seed(5)
print(r.random(), random.Random(5).random())
