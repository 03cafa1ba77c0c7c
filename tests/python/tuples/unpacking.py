points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
for i, (x, y) in enumerate(points):
    print(i, x * y)
(a, b), c = (1, 2), 3
print(a, b, c)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1])
print(lo, hi)
t = 1, 2, 3
print(t, type(t).__name__, t[::-1], t.count(2), len(t))
nested = ((1, (2, 3)), 4)
print(nested[0][1][1], nested == ((1, (2, 3)), 4), nested < ((1, (2, 4)), 0))
print(sorted([(3, "c"), (1, "a"), (2, "b")])[0], tuple(sorted((3, 1, 2))))
