# CPython closes a suspended generator the moment its last reference goes away (its
# finally block runs right then); a tracing GC only sees that later
log = []
def source():
    try:
        yield 1
        yield 2
    finally:
        print("source finally")

for x in source():
    break
print("after the loop")

def owner():
    g = source()
    next(g)
    return "owner returned"
print(owner())

g = source()
next(g)
g = None
print("after rebinding")
