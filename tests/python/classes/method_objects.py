# bound and unbound methods: __self__, __func__, calling through the class, rebinding
class Greeter:
    greeting = "hello"
    def greet(self, who):
        return f"{self.greeting} {who}"
g = Greeter()
m = g.greet
print(m("bob"), m.__self__ is g, m.__func__ is Greeter.greet, Greeter.greet(g, "ann"))
print(m.__name__, m.__qualname__, type(m).__name__)
print(repr(m).startswith("<bound method Greeter.greet of <__main__.Greeter object at"))
def shout(self, who):
    return self.greet(who).upper()
Greeter.shout = shout
print(g.shout("x"))
g.greet = lambda who: "instance-level " + who
print(g.greet("y"), Greeter.greet(g, "z"))
del g.greet
print(g.greet("w"))
methods = [Greeter().greet for _ in range(3)]
print([mm("n") for mm in methods])
print(Greeter.greet.__name__, callable(Greeter.greet))
try:
    Greeter.greet("only one")
except TypeError as e:
    print(e)
Greeter().greet()
