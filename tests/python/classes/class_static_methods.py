# @classmethod and @staticmethod: binding through the class and through instances
class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomato"])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    @classmethod
    def how_many(cls):
        return cls.__name__, cls.count

class Deluxe(Pizza):
    pass

p = Pizza.margherita()
print(p.toppings, Pizza.area(2), p.area(1))
d = Deluxe.margherita()
print(type(d).__name__, d.how_many(), Pizza.how_many())
f = Pizza.area
print(f(3))
cm = Pizza.__dict__["margherita"]
sm = Pizza.__dict__["area"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__(1))
print(sm(2))
bound = Deluxe.how_many
print(bound.__self__ is Deluxe, bound())
print(classmethod(len).__func__ is len)
