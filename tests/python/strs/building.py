parts = []
for i in range(10):
    parts.append(str(i) * i)
s = "".join(parts)
print(len(s), s[:20], s.count("9"))
acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc)
lines = ["%03d: %s" % (i, "x" * (i % 4)) for i in range(5)]
print("\n".join(lines))
print("=" * 20)
table = [[str(i * j).rjust(3) for j in range(1, 6)] for i in range(1, 4)]
for row in table:
    print("".join(row))
