vals = [i * 0.1 for i in range(1, 11)]
print(vals)
print(sum(vals), sum(vals) / len(vals), max(vals) - min(vals))
mean = sum(vals) / len(vals)
var = sum((v - mean) ** 2 for v in vals) / len(vals)
print(var, var ** 0.5)
x = 1.0
for _ in range(30):
    x = x / 2 + 1 / x
print(x, x * x)
print([round(v, 1) for v in vals][:3], 7 / 3 * 3, 1e-3 * 1e3)
