# copy.copy and copy.deepcopy: nested containers, shared references, cycles, custom hooks
import copy

matrix = [[1, 2], [3, 4]]
shallow = copy.copy(matrix)
deep = copy.deepcopy(matrix)
matrix[0].append(99)
print(shallow, deep, shallow[0] is matrix[0], deep[0] is matrix[0])
shared = [0]
d = copy.deepcopy({'a': shared, 'b': shared, 't': (shared, 1)})
print(d, d['a'] is d['b'], d['t'][0] is d['a'])
cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[1] is c2, c2 is not cyc, c2[0])
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2])) == (1, [2]))

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __repr__(self):
        return f'Node({self.value}, {self.children})'

tree = Node(1, [Node(2), Node(3, [Node(4)])])
t2 = copy.deepcopy(tree)
t3 = copy.copy(tree)
tree.children[1].value = 30
print(t2, t3.children is tree.children, t3)

class Resource:
    def __init__(self, name):
        self.name = name
        self.handle = object()
    def __copy__(self):
        return Resource(self.name + '-copy')
    def __deepcopy__(self, memo):
        r = Resource(self.name + '-deep')
        memo[id(self)] = r
        return r

r = Resource('db')
print(copy.copy(r).name, copy.deepcopy(r).name, copy.deepcopy([r, r])[1].name)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy('s'), copy.deepcopy(None), copy.copy(3.5))
