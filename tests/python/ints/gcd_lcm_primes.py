def lcm(a, b):
    a0, b0 = a, b
    while b:
        a, b = b, a % b
    return a0 // a * b0
r = 1
for k in range(1, 41):
    r = lcm(r, k)
print(r)
def factor(n):
    fs = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            fs.append(d)
            n //= d
        d += 1
    if n > 1:
        fs.append(n)
    return fs
print(factor(600851475143), factor(2 ** 20 * 3 ** 5), factor(97))
