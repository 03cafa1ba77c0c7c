def quicksort(xs):
    if len(xs) <= 1:
        return xs
    p = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < p]) + [x for x in xs if x == p] + quicksort([x for x in xs if x > p])
def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    l, r = mergesort(xs[:mid]), mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if l[i] <= r[j]:
            out.append(l[i]); i += 1
        else:
            out.append(r[j]); j += 1
    return out + l[i:] + r[j:]
def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        k = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > k:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = k
    return xs
data = [(i * 7919) % 101 for i in range(60)]
print(quicksort(data) == sorted(data), mergesort(data) == sorted(data), insertion(data) == sorted(data))
print(mergesort(["pear", "apple", "fig"]), quicksort([3.5, -1, 2, 0.0]))
