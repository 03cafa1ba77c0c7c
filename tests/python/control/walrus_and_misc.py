data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
pass
def noop():
    pass
print(noop())
del data[0]
print(data)
x = 1
del x
try:
    x
except NameError as e:
    print(e)
print(1_000_000, 0x_ff, 0o17, 0b1_0)
