# cooperative multiple inheritance: every __init__ runs once, along the MRO
log = []
class Root:
    def __init__(self, **kw):
        log.append("Root")
        super().__init__()
class Named(Root):
    def __init__(self, name="", **kw):
        log.append("Named")
        self.name = name
        super().__init__(**kw)
class Sized(Root):
    def __init__(self, size=0, **kw):
        log.append("Sized")
        self.size = size
        super().__init__(**kw)
class Thing(Named, Sized):
    def __init__(self, **kw):
        log.append("Thing")
        super().__init__(**kw)

t = Thing(name="box", size=3)
print(log)
print(t.name, t.size)
print(isinstance(t, Named), isinstance(t, Sized), isinstance(t, Root))
print(issubclass(Thing, (int, Sized)), issubclass(Thing, Thing), issubclass(Named, Sized))
class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__
class W(Mixin, Thing):
    pass
print(W().hello(), [c.__name__ for c in W.__mro__])
