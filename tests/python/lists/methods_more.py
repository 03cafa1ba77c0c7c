a = [5, 3, 8, 1]
b = a
b += [9]
print(a is b, a)
c = a + [0]
print(c is a, c)
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.index(8), a.index(8, 2) if len(a) > 3 else None)
x = [1, 2, 3, 2, 1]
while 2 in x:
    x.remove(2)
print(x, [1, 2] * 0, [] * 5, list(reversed([])))
y = list(range(10))
print(y.pop(-2), y.pop(3), y)
print([[1, 2], [3]] == [[1, 2], [3]], [1, 2] > [1], [2] > [1, 9], [] < [0])
