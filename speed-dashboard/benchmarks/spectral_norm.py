# spectral_norm: the largest singular value of an infinite matrix by power iteration (float loops, calls).
# tier: 1
# size: 470
# checksum: 1.274224109
# test-size: 10
# test-checksum: 1.271844019
import sys
import math


def matrix_entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(i, j) * u[j]
        out.append(total)
    return out


def times_transposed(u):
    n = len(u)
    out = []
    for i in range(n):
        total = 0.0
        for j in range(n):
            total += matrix_entry(j, i) * u[j]
        out.append(total)
    return out


def times_ata(u):
    return times_transposed(times(u))


def main():
    n = int(sys.argv[1])
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = times_ata(u)
        u = times_ata(v)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print(f"{math.sqrt(vbv / vv):.9f}")


main()
