calls = []
def default_value():
    calls.append("evaluated")
    return 42
def f(x=default_value()):
    return x
print(calls, f(), f(1), calls)
def g(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(g(1), g(2), g(3, [0]))
n = 5
def h(k=n):
    return k
n = 6
print(h())
