def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(0), digits(9075), sum(digits(2 ** 100)), len(str(2 ** 1000)))
def to_base(n, b):
    s = ""
    while n:
        s = "0123456789abcdef"[n % b] + s
        n //= b
    return s or "0"
print(to_base(255, 2), to_base(255, 16), to_base(10 ** 20, 7), int(to_base(10 ** 20, 7), 7) == 10 ** 20)
print(str(-(2 ** 63)), int(str(3 ** 50)) == 3 ** 50, str(10 ** 30)[::-1][:5])
