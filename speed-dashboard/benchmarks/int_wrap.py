# int_wrap: 32-bit generators and hashes whose values cross 2^31 (and products past 2^53), in plain int loops.
# tier: 1
# size: 2400000
# checksum: 2314257706 2967170188160 3431041298 4084203013 1199901
# test-size: 100
# test-checksum: 1205999894 -7355814262 2931626858 3960918577 40
import sys

MASK32 = 0xFFFFFFFF


def lcg_signed_sum(n, seed):
    # A 32-bit linear congruential generator read as signed: half its values are >= 2^31.
    x = seed
    total = 0
    for _ in range(n):
        x = (x * 1103515245 + 12345) & MASK32
        total += x - 0x100000000 if x >= 0x80000000 else x
    return x, total


def fnv_hash_of_squares(n):
    # FNV-1a over the bytes of i*i: the product 16777619 * h goes past 2^53 before masking.
    h = 2166136261
    for i in range(n):
        v = i * i
        for _ in range(4):
            h = ((h ^ (v & 0xFF)) * 16777619) & MASK32
            v >>= 8
    return h


def xorshift_count(n):
    # Counts how many xorshift32 states have their top bit set.
    x = 2463534242
    high = 0
    for _ in range(n):
        x ^= (x << 13) & MASK32
        x ^= x >> 17
        x ^= (x << 5) & MASK32
        if x & 0x80000000:
            high += 1
    return x, high


def main():
    n = int(sys.argv[1])
    state, total = lcg_signed_sum(n, 42)
    h = fnv_hash_of_squares(n // 4)
    x, high = xorshift_count(n)
    print(f"{state} {total} {h} {x} {high}")


main()
