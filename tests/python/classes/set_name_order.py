# __set_name__ runs for every descriptor in definition order, after the class exists
class Field:
    order = []
    def __set_name__(self, owner, name):
        self.owner = owner
        self.name = name
        Field.order.append((owner.__name__, name))
    def __get__(self, obj, cls=None):
        return self if obj is None else obj.__dict__.get(self.name, f"<unset {self.name}>")
class Model:
    id = Field()
    title = Field()
    plain = 5
    body = Field()
print(Field.order, Model.title.owner is Model, Model.body.name)
m = Model()
m.__dict__["id"] = 7
print(m.id, m.title)
f = Field()
class Late:
    pass
Late.extra = f
print(hasattr(f, "name"))
f.__set_name__(Late, "extra")
print(f.name, Late.extra.owner is Late)
class BadSet:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")
class Host:
    x = BadSet()
