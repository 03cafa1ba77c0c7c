# class bodies: their own namespace, names used by later statements, not visible in methods
x = "global"
class K:
    x = "class"
    y = x + "!"
    items = [x for _ in range(2)]
    def get(self):
        return x
    z = len(y)
    del z
print(K.y, K.items, K().get(), hasattr(K, "z"))
def factory(n):
    class Local:
        value = n
        def twice(self):
            return self.value * 2
    return Local
A = factory(3)
B = factory(5)
print(A().twice(), B().twice(), A is B, A.__qualname__)
class Outer:
    class Inner:
        def who(self):
            return type(self).__qualname__
    def make(self):
        return self.Inner()
print(Outer().make().who(), Outer.Inner.__name__)
class Cond:
    if True:
        flag = "yes"
    else:
        flag = "no"
    for i in range(3):
        last = i
print(Cond.flag, Cond.last, Cond.i)
