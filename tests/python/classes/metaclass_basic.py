# metaclasses: __new__ and __init__ see the class being built, __call__ wraps instantiation
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v

class Child(Base, flag=True):
    extra = 1

c = Child(5)
print(c.v, c.tag, Base.tag, type(Child).__name__, Child.describe())
print(isinstance(Child, Meta), isinstance(c, Base))
try:
    c.describe()
except AttributeError as e:
    print(e)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())
