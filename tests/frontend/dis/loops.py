def total(n):
    s = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            i += 1
            continue
        s += i
        i += 1
    for k in range(n):
        s -= k
    else:
        s = -s
    return s
