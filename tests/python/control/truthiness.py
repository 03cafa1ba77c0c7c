for v in [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, 2 ** 100, range(0), range(1)]:
    print(repr(v), bool(v), "T" if v else "F")
print(not None, not not [], bool(-0.0))
