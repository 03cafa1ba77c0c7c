s = "abcdefghij"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[1:8:3], s[-3:], s[:-3], s[8:2:-2])
print(s[100:], s[-100:3], len(s), s[5:5] == "")
for i in range(-3, 3):
    print(i, s[i])
print("é" * 3, len("héllo"), "héllo"[1], "日本語"[::-1])
try:
    s[20]
except IndexError as e:
    print(e)
