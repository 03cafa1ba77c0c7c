def get(xs, i):
    return xs[i]
print(get([1], 0))
get([1], 3)
