# gauss, normalvariate, expovariate, betavariate, gammavariate... (printed rounded: they use log/sin/cos)
import random

random.seed(3)
print([round(random.gauss(0, 1), 9) for _ in range(6)])
print([round(random.normalvariate(10, 2), 9) for _ in range(4)])
print([round(random.expovariate(1.5), 9) for _ in range(4)])
print([round(random.gammavariate(2.0, 1.5), 9) for _ in range(3)], round(random.gammavariate(0.5, 1.0), 9))
print([round(random.betavariate(2, 5), 9) for _ in range(3)], round(random.paretovariate(3), 9))
print(round(random.weibullvariate(1, 1.5), 9), round(random.lognormvariate(0, 0.5), 9), round(random.vonmisesvariate(1, 2), 9))
samples = [random.gauss(100, 15) for _ in range(2000)]
mean = sum(samples) / len(samples)
print(95 < mean < 105)
