# closing at exit goes through yield from: inner finally first, then outer
def inner():
    try:
        yield 1
    finally:
        print("inner cleanup")

def outer():
    try:
        yield from inner()
    finally:
        print("outer cleanup")

o = outer()
print(next(o))
with_stmt_log = []
class Res:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, *a):
        print("release", a[0])
        return False

def uses_with():
    with Res():
        yield "in with"

u = uses_with()
print(next(u))
print("exiting")
