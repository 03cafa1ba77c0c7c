# __enter__ / __exit__ are ordinary special methods (called directly here)
class Resource:
    def __init__(self, name):
        self.name = name
        self.open = False
    def __enter__(self):
        self.open = True
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is ValueError

r = Resource("db")
v = r.__enter__()
print(v is r, r.open)
print(r.__exit__(None, None, None), r.open)
print(r.__exit__(ValueError, ValueError("x"), None))
print(type(r).__exit__(r, KeyError, None, None))
m = r.__enter__
print(m().name)
