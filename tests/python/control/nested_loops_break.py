found = None
for i in range(1, 20):
    for j in range(1, 20):
        if i * j == 42 and i < j:
            found = (i, j)
            break
    if found:
        break
print(found)
pairs = [(i, j) for i in range(4) for j in range(4) if (i + j) % 3 == 0]
print(pairs)
count = 0
for a in range(10):
    for b in range(a, 10):
        for c in range(b, 10):
            if a + b + c == 10:
                count += 1
print(count)
