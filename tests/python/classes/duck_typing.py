# duck typing: builtins accept any object with the right special methods
class Seq:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __iter__(self):
        return iter(self.xs)
    def __contains__(self, x):
        return x in self.xs
    def __reversed__(self):
        return reversed(self.xs)
s = Seq(3, 1, 2)
print(len(s), sorted(s), list(s), min(s), max(s), sum(s), 2 in s, any(s), all(s))
print(tuple(s), set(s) == {1, 2, 3}, dict.fromkeys(s, 0) if hasattr(dict, "fromkeys") else {3: 0, 1: 0, 2: 0})
print(list(enumerate(s)), list(zip(s, "abc")), list(map(str, s)), list(filter(lambda v: v > 1, s)))
print("-".join(str(x) for x in s), [x for x in s if x != 1], {x: x * x for x in s})
a, *rest = s
print(a, rest, [*s, *s], (*s,))
def f(*args):
    return args
print(f(*s))
class Quacks:
    def quack(self):
        return "quack"
class Robot:
    def quack(self):
        return "beep quack"
for thing in (Quacks(), Robot()):
    print(thing.quack())
