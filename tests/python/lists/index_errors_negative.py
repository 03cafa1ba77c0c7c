a = [10, 20, 30]
print(a[-1], a[-3], a[-3:], a[:-3])
for i in (3, -4, 100, -100):
    try:
        a[i]
    except IndexError as e:
        print(i, e)
try:
    a[-4] = 0
except IndexError as e:
    print(e)
try:
    del a[5]
except IndexError as e:
    print(e)
print(a)
