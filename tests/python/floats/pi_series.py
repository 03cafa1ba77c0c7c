s = 0.0
for k in range(5000):
    s += (-1) ** k / (2 * k + 1)
print(4 * s)
t = 0.0
for k in range(1, 1000):
    t += 1.0 / (k * k)
print(t, (t * 6) ** 0.5)
x = 1.0
for i in range(60):
    x = 0.5 * (x + 2.0 / x)
print(x, x == 2 ** 0.5)
