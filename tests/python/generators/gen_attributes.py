# generator objects: name, running flag, iter() identity, types
def worker():
    print("running inside:", w.gi_running)
    yield 1

w = worker()
print(w.__name__, w.gi_running)
print(iter(w) is w, next(w), w.gi_running)
print(type(w).__name__, type(x for x in []).__name__)
w.close()
print(hasattr(w, "send"), hasattr(w, "throw"), hasattr(w, "close"))
print(w.__next__ is not None)
print(next(iter([10])))
g2 = worker()
print(g2.__next__())
