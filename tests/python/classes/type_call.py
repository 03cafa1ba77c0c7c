# type(x), type(name, bases, ns) and the errors of type()
print(type(1), type("s"), type([]), type(type), type(None).__name__)
def hello(self):
    return "hi " + self.name
Person = type("Person", (), {"name": "anon", "hello": hello})
p = Person()
print(p.hello(), Person.__name__, Person.__bases__, type(p) is Person)
Student = type("Student", (Person,), {"school": "x"})
s = Student()
s.name = "ann"
print(s.hello(), s.school, Student.__mro__)
print(isinstance(s, Person), type(Student))
for args in [(1, 2), ("X", 1, {}), ("X", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
E = type("E", (Exception,), {})
try:
    raise E("boom")
except Exception as e:
    print(type(e).__name__, e)
