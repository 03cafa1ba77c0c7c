n = 2000
xs = list(range(n))
print(sum(xs), xs[-1], len(xs))
ys = [x * x for x in xs if x % 7 == 0]
print(len(ys), ys[-1], sum(ys) % 1000007)
zs = xs[::-1]
zs.sort()
print(zs == xs, zs[500])
fl = [x * 0.5 for x in range(n)]
print(sum(fl), fl[n - 1])
del xs[::2]
print(len(xs), xs[:3])
