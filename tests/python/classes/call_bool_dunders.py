# __call__ makes instances callable; __bool__ and its errors
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
print(list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(-1)))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
print(bool(Truthy(1)), bool(Truthy(-1)), [x.v for x in map(Truthy, [1, -2, 3]) if x])
print(Truthy(0) or "fallback", Truthy(2) and "both", not Truthy(5))
if Truthy(3):
    print("taken")
while Truthy(0):
    print("never")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
if BadBool():
    pass
