print(1 + 2.0, 3 * 1.5, 10 / 5, 2 ** -1, 2 ** 0.5, 4 ** 0.5)
total = 0.0
for i in range(10):
    total += i * 0.1
print(total)
print(sum([0.1] * 10), max(1, 2.5), min(-1.0, 0))
print(divmod(7.5, 2), divmod(-7.5, 2))
print(float(10 ** 20), int(1e20), 1e20 == 10 ** 20)
