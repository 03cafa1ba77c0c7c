# subclassing list: inherited methods and operators work on the list value
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    @property
    def top(self):
        return self[-1] if self else None

s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.top, s[1:3], 3 in s, isinstance(s, list), type(s).__name__)
print(s.pop(), s, sum(s), sorted(s, reverse=True), list(reversed(s)))
s += [9]
print(s, type(s).__name__)
t = s + [0]
print(t, type(t).__name__, s == [1, 2, 3, 9], s * 2)
s[0] = 100
del s[1]
print(s, s.index(9), s.count(3))
class Named(list):
    def __init__(self, name, items=()):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"{self.name}{list.__repr__(self)}"
n = Named("xs", [3, 1, 2])
n.sort()
print(n, n.name, Stack([5, 6]))
print(list(n), [x * 2 for x in n], bool(Stack()), Stack("ab"))
