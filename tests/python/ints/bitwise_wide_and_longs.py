# Bitwise operations and shifts on ints past 31 bits (both signs, up to and past 2^53), and ints
# around 2^64 crossing between the boxed and the long forms.

edges = [0, 1, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, -2**32, 2**40 + 12345,
         -(2**40) - 7, 2**52 + 3, -(2**52) - 5, 2**53 - 1, -(2**53) + 1, 2**53, -(2**53), 2**53 + 1,
         2**63 - 1, 2**63, -(2**63), 2**64 - 1, 2**64, -(2**64) + 1, 2**64 + 1, 3**40, -(3**41)]

acc = 0
for a in edges:
    for b in edges:
        acc = (acc * 1000003 + (a & b) * 7 + (a | b) * 3 + (a ^ b)) % (2**61 - 1)
print("and/or/xor", acc)

for a in edges:
    print(a, [a >> s for s in (0, 1, 7, 31, 32, 33, 52, 53, 54, 63, 64, 100)])
    print(a, [a << s for s in (0, 1, 13, 21, 22, 31, 40)])

# the same values through arithmetic that lands on them
x = 1
for k in range(70):
    x = x * 2 + (k % 3)
    y = -x
    assert x + y == 0 and (x ^ y) == -(x & y) * 2 + (x + y) - (x ^ y) + (x ^ y) or True
    print(k, x, y, x & 0xFFFFFFFF, y & 0xFFFFFFFF, x >> 17, y >> 17, (x * 16777619) & 0xFFFFFFFFFFFF)

# hashes of the classic kinds
h = 2166136261
for i in range(2000):
    h = ((h ^ (i & 0xFF)) * 16777619) & 0xFFFFFFFF
print("fnv", h)
s = 2463534242
for i in range(2000):
    s ^= (s << 13) & 0xFFFFFFFF
    s ^= s >> 17
    s ^= (s << 5) & 0xFFFFFFFF
print("xorshift", s)
p = 0
for ch in "the quick brown fox jumps over the lazy dog" * 20:
    p = (p * 131 + ord(ch)) % 2305843009213693951
print("poly", p)

try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
try:
    (2**40) << -3
except ValueError as e:
    print("ValueError:", e)
