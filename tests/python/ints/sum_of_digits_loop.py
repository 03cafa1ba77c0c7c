total = 0
for n in range(1, 2001):
    s = 0
    m = n
    while m:
        s += m % 10
        m //= 10
    if s % 7 == 0:
        total += n
print(total)
print(sum(int(c) for c in str(2 ** 500)), sum(map(int, str(3 ** 200))))
