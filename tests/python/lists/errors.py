a = [1, 2, 3]
for f in (lambda: a.index(9), lambda: a.remove(9), lambda: [].pop(), lambda: a[5], lambda: a["x"]):
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
