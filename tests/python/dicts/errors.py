d = {"a": 1}
for f in (lambda: d["b"], lambda: d.pop("b"), lambda: {}.popitem(), lambda: d[[1]], lambda: {[1]: 2}):
    try:
        f()
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
