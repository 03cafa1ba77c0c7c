x = 10
x += 5
x -= 3
x *= 2
x //= 5
x **= 3
x %= 7
print(x)
y = 2.0
y /= 4
y += 1
print(y)
s = "a"
s += "b"
s *= 3
print(s)
l = [1]
l += [2]
l *= 2
print(l)
b = 0b1100
b &= 0b1010
b |= 1
b ^= 0b11
b <<= 2
b >>= 1
print(b)
d = {"k": 1}
d["k"] += 10
print(d)
t = [[0]]
t[0][0] -= 5
print(t)
