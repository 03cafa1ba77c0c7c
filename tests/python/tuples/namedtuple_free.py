def point(x, y):
    return (x, y)
def dist2(p, q):
    return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2
pts = [point(i, i * i % 7) for i in range(6)]
print(pts)
closest = min(((p, q) for i, p in enumerate(pts) for q in pts[i + 1:]), key=lambda pq: dist2(*pq))
print(closest, dist2(*closest))
print(sorted(pts, key=lambda p: (-p[1], p[0])))
