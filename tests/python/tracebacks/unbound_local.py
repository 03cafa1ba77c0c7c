def f():
    if False:
        v = 1
    return v
f()
