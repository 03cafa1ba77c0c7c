n = 2 ** 30 - 1
print(n, n + 1, n * 2, -n - 2)
m = 2 ** 53 - 1
print(m, m + 1, m + 2, m * 3)
print(-(2 ** 31), 2 ** 31 - 1, (2 ** 31) * (2 ** 31))
acc = 1
for i in range(70):
    acc = acc * 3 + 1
print(acc)
print(acc % 1000, acc // 10 ** 20)
