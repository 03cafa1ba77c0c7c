print([i * i for i in range(10)])
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([c.upper() for c in "hello" if c != "l"])
print([[j for j in range(i)] for i in range(4)])
x = 10
print([x for x in range(3)], x)
print([y * x for y in range(3)])
print([v for v in [3, 1, 2] if v > min([3, 1, 2])])
