# list.pop/insert at both ends and in the middle for each storage strategy, and index/count/remove
# with start/stop and user __eq__ (which runs Python code between items).
a = list(range(10))
print(a.pop(), a.pop(0), a.pop(3), a, a.pop(-2), a)
a.insert(0, 99); a.insert(100, 7); a.insert(-1, 5); a.insert(-100, 1); print(a)
f = [1.5, 2.5, 3.5]; f.insert(1, 0.5); print(f, f.pop(0), f)
f.insert(1, "x"); print(f, f.pop(1), f)
o = ["a", "b", "c", "b"]; o.remove("b"); print(o, o.index("b"), o.count("b"), [1, 2, 1, 1].count(1))
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, -2), [1, 2, 3].index(3, -100, 100))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    def __repr__(self): return f"E({self.v})"
l = [E(i % 3) for i in range(9)]
print(l.count(E(1)), l.index(E(2)), l.index(E(2), 3, 9))
l.remove(E(0)); print(l)
big = list(range(100000))
while big: big.pop()
print(len(big))
for call in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1, 2].index(3), lambda: [1, 2].index(1, 1), lambda: [1].remove(2)):
    try: call()
    except (IndexError, ValueError) as e: print(type(e).__name__, e)
