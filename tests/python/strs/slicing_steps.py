s = "0123456789"
for step in (1, 2, 3, -1, -2, -4):
    print(step, s[::step], s[1::step], s[:5:step], s[8:1:step])
print(s[-1:-5:-1], s[-5:-1], s[3:3], s[5:2], s[-100:100:3])
print("".join(s[i] for i in range(0, 10, 4)), s[len(s):], s[:0])
