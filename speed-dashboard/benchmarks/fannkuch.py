# fannkuch: pancake flips over all permutations of 1..n (list indexing and swaps, small int loops).
# tier: 1
# size: 9
# checksum: 8629 30
# test-size: 5
# test-checksum: 11 7
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if perm1[0] != 0:
            perm = perm1[:]
            flips = 0
            first = perm[0]
            while first != 0:
                # Reverse the first first+1 items in place.
                lo = 0
                hi = first
                while lo < hi:
                    perm[lo], perm[hi] = perm[hi], perm[lo]
                    lo += 1
                    hi -= 1
                flips += 1
                first = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += flips if sign == 1 else -flips
        # Next permutation in the counting order: rotate the first r+1 items until a counter is left.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        sign = -sign


def main():
    n = int(sys.argv[1])
    # Twice: one pass at n = 9 is too short a run to time well, n = 10 too long.
    for _ in range(2):
        checksum, max_flips = fannkuch(n)
    print(f"{checksum} {max_flips}")


main()
