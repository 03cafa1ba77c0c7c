# suspended generators still alive at exit are closed in CPython's shutdown order:
# globals first (dict order), then the contents of lists/tuples (last item first) and dicts
def gen(name):
    try:
        yield 1
    finally:
        print("cleanup", name)
a = gen("a"); next(a)
lst = [gen("l1"), gen("l2"), gen("l3")]
for g in lst: next(g)
b = gen("b"); next(b)
t = (gen("t1"), gen("t2"))
for g2 in t: next(g2)
del g2
d = {"x": gen("d1"), "y": gen("d2")}
for g3 in d.values(): next(g3)
del g3
c = gen("c"); next(c)
print("end")
