xs = [3, 1, 2]
r = xs.sort()
print(r, xs)
r = xs.reverse()
print(r, xs)
r = xs.append(0)
print(r, xs)
xs[len(xs):] = [7, 8]
print(xs)
xs[:1] = []
print(xs)
xs[1:3] = xs[1:3][::-1]
print(xs)
xs.extend(range(3))
xs.extend("ab")
xs.extend((None,))
print(xs)
