pts = {(0, 0): "origin", (1, 0): "east", (0, 1): "north"}
print(pts[(1, 0)], (0, 1) in pts, pts.get((5, 5), "none"))
print(sorted(pts), min(pts), max(pts, key=lambda p: p[1]))
print((1, 2, 3) < (1, 2, 4), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, "a") == (1, "a"), (1, [2]) == (1, [2]), hash((1, 2, (3,))) == hash((1, 2, (3,))))
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
print(len({(i % 3, i % 2) for i in range(12)}))
