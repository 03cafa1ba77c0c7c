# __init_subclass__ (an implicit classmethod) with class keyword arguments; registries
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls
        print("registered", cls.__name__)

class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Fancy(Json, name="fancy"):
    pass
print(sorted(Plugin.registry), Plugin.registry["csv"] is Csv)

class Base:
    pass
try:
    class Bad(Base, color="red"):
        pass
except TypeError as e:
    print(e)
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
class Good(Strict):
    required = 1
print(Good.required)
class Bad2(Strict):
    pass
