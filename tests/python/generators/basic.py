def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(5)))
g = count_up(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("done")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
print(next(iter(fib())), sum(count_up(101)))
