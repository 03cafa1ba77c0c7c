# the with statement: __enter__/__exit__ order, the as-target, normal exit arguments
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return None

with Tracker("a") as value:
    print("body", value)

with Tracker("x"), Tracker("y") as y:
    print("two managers", y)

with Tracker("outer"):
    with Tracker("inner") as i:
        print("nested", i)

def f():
    with Tracker("in function") as t:
        return "returned " + t
print(f())

for n in range(3):
    with Tracker(str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
