# __init_subclass__ with keyword arguments, class decorators, and a registry
registry = {}


class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry[cls.plugin_name] = cls


class Csv(Plugin, name='csv'):
    pass


class Json(Plugin):
    pass


class Pretty(Json, name='pretty-json'):
    pass


print(sorted(registry), Csv.plugin_name, Pretty.plugin_name, Json.plugin_name)


def add_repr(cls):
    fields = cls.fields

    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{f}={getattr(self, f)!r}' for f in fields)})"

    cls.__repr__ = __repr__
    return cls


def count_instances(cls):
    orig = cls.__init__
    cls.count = 0

    def __init__(self, *a, **k):
        cls.count += 1
        orig(self, *a, **k)

    cls.__init__ = __init__
    return cls


@count_instances
@add_repr
class Pair:
    fields = ('a', 'b')

    def __init__(self, a, b):
        self.a, self.b = a, b


print(Pair(1, 'x'), Pair([2], None), Pair.count)


class Base:
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)


class Child(Base, flag=True):
    pass


try:
    class Bad(Plugin, colour='red'):
        pass
except TypeError as e:
    print('TypeError', e)
print('Bad' in registry, 'bad' in registry)


class Other(object, unexpected=1):
    pass
