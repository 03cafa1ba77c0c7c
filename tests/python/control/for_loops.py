for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
for x in []:
    print("never")
else:
    print("for-else on empty")
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("not printed")
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a + b)
for ch in "hi":
    for _ in range(2):
        print(ch, end="")
print()
