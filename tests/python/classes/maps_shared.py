# instances created alike share attribute layouts; differing orders and deletions stay correct
class P:
    def __init__(self, x, y, swap=False):
        if swap:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

ps = [P(i, -i, swap=i % 3 == 0) for i in range(30)]
print(sum(p.x for p in ps), sum(p.y for p in ps))
print([list(vars(p)) for p in ps[:4]])
ps[4].z = "extra"
del ps[5].x
print(hasattr(ps[5], "x"), ps[5].y, ps[4].z, hasattr(ps[6], "z"))
ps[5].x = 100
print(list(vars(ps[5])), ps[5].x)
for p in ps:
    p.x += 1
print(sum(p.x for p in ps))
class Q(P):
    pass
q = Q(1, 2)
q.x = "q"
print(q.x, q.y, ps[1].x)
