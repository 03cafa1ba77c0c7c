def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def acc(x, into=[]):
    into.append(x)
    return into
print(acc(1), acc(2), acc(3, []))
def kwonly(a, *, b, c=3):
    return a + b + c
print(kwonly(1, b=2), kwonly(1, c=10, b=2))
def posonly(a, b, /, c):
    return a * b + c
print(posonly(2, 3, 4), posonly(2, 3, c=1))
