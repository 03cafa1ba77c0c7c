a = list(range(10))
print(a[2:7], a[-3:], a[:-7], a[1:9:2], a[::-3], a[7:2:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = []
print(b)
b[0:0] = [99, 98]
print(b)
c = list(range(10))
c[::2] = [0] * 5
print(c)
del c[::3]
print(c)
try:
    c[::2] = [1]
except ValueError as e:
    print(e)
try:
    a[20]
except IndexError as e:
    print(e)
try:
    a[20] = 1
except IndexError as e:
    print(e)
