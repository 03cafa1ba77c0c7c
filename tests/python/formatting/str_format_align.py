# str.format with alignment and fill in tables, auto numbering, attributes of objects
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price
items = [Item("apple", 0.5), Item("banana", 0.25), Item("cherry", 12.0)]
for it in items:
    print("{0.name:.<12}{0.price:.>8.2f}".format(it))
print("{:^7}|{:^7}|{:^7}".format("a", "bb", "ccc"))
print("{:*>7}|{:#<7}|{:0^7}".format(1, 2, 3))
grid = [[1, 22, 333], [4444, 5, 66]]
for row in grid:
    print(" ".join("{:>5}".format(c) for c in row))
print("{0}{1}{0}".format("<", ">"), "{a}-{b}-{a}".format(a=1, b=2))
print("{0[0].name} costs {0[0].price}".format(items))
print("{:{fill}{align}{width}}".format("x", fill="~", align="^", width=9))
