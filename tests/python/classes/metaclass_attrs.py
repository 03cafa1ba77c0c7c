# attribute lookup on classes with a metaclass: metaclass methods, properties and data
class Meta(type):
    counter = 0
    @property
    def plural(cls):
        return cls.__name__.lower() + "s"
    def create(cls, *a):
        Meta.counter += 1
        return cls(*a)
    def __repr__(cls):
        return f"<model {cls.__name__}>"
    def __len__(cls):
        return len(cls.fields)
    def __getitem__(cls, k):
        return cls.fields[k]
    def __iter__(cls):
        return iter(cls.fields)
class Model(metaclass=Meta):
    fields = ["id"]
    def __init__(self, v=0):
        self.v = v
class User(Model):
    fields = ["id", "name", "email"]
u = User.create(3)
print(u.v, Meta.counter, User.plural, Model.plural, User, [User], repr(Model))
print(len(User), User[1], list(User), "name" in User)
try:
    u.plural
except AttributeError as e:
    print(e)
try:
    User.plural = "x"
except AttributeError as e:
    print(e)
print(type(User) is Meta, type(Meta) is type, isinstance(User, type), User.__class__.__name__)
User.nothing
