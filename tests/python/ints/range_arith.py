r = range(-10, 10, 3)
print(list(r), len(r), r[0], r[-1], 2 in r, 3 in r, list(range(5, -5, -3)))
print(sum(range(10 ** 4)), len(range(0, 10 ** 12, 7)))
print([i for i in range(3, 0, -1)], list(range(2, 3)), list(range(3, 2)))
