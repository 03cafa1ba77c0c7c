def scale(k):
    return [lambda x: x * k for _ in range(2)]
print([f(3) for f in scale(4)])
def outer():
    n = 5
    return [n + i for i in range(3)], {n * i for i in range(2)}, list(n - i for i in range(2))
print(outer())
class_like = {name: (lambda name=name: name.title()) for name in ["ann", "bob"]}
print(class_like["bob"]())
