# staticmethod and classmethod objects used directly, and wrapping other callables
class Util:
    @staticmethod
    def double(x):
        return 2 * x
    helpers = [double]
    tripled = staticmethod(lambda x: 3 * x)
    @classmethod
    def name(cls):
        return cls.__name__
    name_of = classmethod(lambda cls, suffix="": cls.__name__ + suffix)
print(Util.double(2), Util().double(3), Util.helpers[0](4), Util.tripled(5))
print(Util.name(), Util.name_of("!"), Util().name_of())
class Sub(Util):
    pass
print(Sub.name(), Sub().name_of("?"), Sub.double(1))
sm = Util.__dict__["double"]
print(callable(sm), sm(10), type(sm).__name__, sm.__func__ is Util.double)
try:
    staticmethod()
except TypeError as e:
    print(e)
cm = classmethod(print)
print(type(cm).__name__)
print(Util.__dict__["name"](Util))
