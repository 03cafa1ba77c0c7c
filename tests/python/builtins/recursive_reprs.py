# self-referencing containers print with ... instead of recursing
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'k': 1}
d['self'] = d
print(d)
b = [a, d]
print(b)
t = (a, 3)
print(t)
x = []
y = [x]
x.append(y)
print(x, y)
dd = {}
dd[1] = [dd, {'inner': dd}]
print(dd)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f'Node({self.name}, {self.children})'


n = Node('root')
n.children.append(Node('leaf'))
n.children.append(n.children)
print(n)
print(f'{a}', '%s' % (d,), '{}'.format(x))
s = set()
lst = [s, [s]]
print(lst)
print(len(repr(a)), a == a, a[2][2][2] is a)
import collections
od = collections.OrderedDict(one=1)
od['me'] = od
print(od)
dq = collections.deque([1])
dq.append(dq)
print(dq)
