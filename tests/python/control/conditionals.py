def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
print([classify(v) for v in (-5, 0, 5, 50)])
x = 5
print("yes" if x > 3 else "no", x if x else -1)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "d", not 0, not [1])
print([] or [1], "" and "x", 3 if None else 4)
a = b = c = 7
print(a, b, c, a == b == c)
if not []:
    print("empty is falsy")
print(0 < x < 10 and x != 4)
