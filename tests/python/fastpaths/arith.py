# The eval loop's int and float fast paths against the general ones: tagged ints, boxed ints
# (2**30 .. 2**53), longs, floats, mixed operands, and the in-place forms.
xs = [0, 1, -1, 7, -7, 2**30 - 1, 2**30, -2**30, -2**30 - 1, 2**40 + 3, -(2**40) - 5, 2**52, 2**53 - 1, -(2**53) + 1, 2**60]
for a in xs:
    for b in xs:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b]
        if b != 0:
            r += [a // b, a % b]
        t = a
        t += b
        t -= 3
        t *= 2
        if b != 0:
            t //= b
            t %= b if b > 0 else -b
        print(r, t)
fs = [0.0, -0.0, 0.5, -2.25, 1e300, 3.0]
for x in fs:
    for y in fs + [0, 3, -4]:
        r = [x + y, x - y, x * y, y + x, y - x, y * x, x < y, x <= y, x == y, x != y, x > y, x >= y]
        if y != 0:
            r.append(x / y)
        print(r)
try:
    1.5 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    7 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    7 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, 0 // -3, -4 % 2)
