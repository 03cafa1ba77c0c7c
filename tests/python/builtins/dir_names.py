import sys
class A:
    x = 1
    def f(self): pass
class B(A):
    def __init__(self): self.y = 2
b = B()
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(b), "mro" in dir(B))
def g():
    a = 1; zz = 2
    print(dir())
g()
print([n for n in dir(sys) if n in ("argv", "path", "modules")])
class C:
    def __dir__(self): return ["b", "a"]
print(dir(C()))
print(dir(3)[:5] == dir(int)[:5], "append" in dir([]))
