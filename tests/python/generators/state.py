def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
for x in gen():
    print(x)
def lazy():
    print("started")
    yield 1
l = lazy()
print("created")
print(next(l))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "default"))
