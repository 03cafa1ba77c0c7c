h = 5381
for ch in "the quick brown fox":
    h = ((h << 5) + h + ord(ch)) & 0xFFFFFFFF
print(h, hex(h))
x = 0x12345678
x ^= x << 13 & 0xFFFFFFFF
x ^= x >> 17
x ^= x << 5 & 0xFFFFFFFF
print(x & 0xFFFFFFFF)
print(-17 & 0xFF, -1 & 0xFFFFFFFFFFFFFFFF, (1 << 64) - 1 == 0xFFFFFFFFFFFFFFFF, ~0 & 0xF)
