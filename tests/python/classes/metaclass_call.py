# metaclass __call__ (singletons, instance counting), __new__ and __init__ of a metaclass
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print('creating', cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value


a = Config(1)
b = Config(2)
print(a is b, a.value, b.value, type(Config).__name__)


class Tracing(type):
    def __new__(mcs, name, bases, ns):
        ns['created_by'] = mcs.__name__
        print('meta new', name, sorted(k for k in ns if not k.startswith('__')))
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.tag = name.upper()

    def __call__(cls, *args):
        obj = super().__call__(*args)
        obj.args = args
        return obj


class Item(metaclass=Tracing):
    def __init__(self, *a):
        self.n = len(a)


class SubItem(Item):
    extra = 1


i = SubItem(1, 2, 3)
print(i.n, i.args, i.tag, i.created_by, SubItem.tag, type(SubItem).__name__, isinstance(SubItem, Tracing))


class NoInit(type):
    def __call__(cls, *a, **k):
        return ('intercepted', cls.__name__, a, k)


class X(metaclass=NoInit):
    def __init__(self):
        raise RuntimeError('never')


print(X(1, k=2))


class Strict(type):
    def __call__(cls, *args):
        if len(args) != 1:
            raise TypeError(f'{cls.__name__} takes exactly one argument ({len(args)} given)')
        return super().__call__(*args)


class Box(metaclass=Strict):
    def __init__(self, v):
        self.v = v


print(Box(5).v)
Box(1, 2)
