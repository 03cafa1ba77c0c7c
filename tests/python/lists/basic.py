a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::2])
a.append(7)
a.insert(0, 0)
a.extend([8, 8])
print(a)
print(a.pop(), a.pop(0), a.index(4), a.count(1), 9 in a, 10 in a)
a.remove(1)
print(a)
a.sort()
print(a)
a.reverse()
print(a, sorted(a), sorted(a, reverse=True))
b = a.copy()
b[0] = 100
print(a[0], b[0], a == b, [1, 2] < [1, 3], [1, 2] + [3], [0] * 4)
del b[1]
del b[:2]
print(b)
a.clear()
print(a, len(a))
