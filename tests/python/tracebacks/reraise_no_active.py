def f():
    raise
f()
