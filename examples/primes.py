"""Count primes below a limit with a sieve, then print a few statistics.

Usage: primes.py [LIMIT]   (default 100000)
"""

import sys


def sieve(limit):
    is_prime = [True] * limit
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            for j in range(i * i, limit, i):
                is_prime[j] = False
    return [i for i, p in enumerate(is_prime) if p]


def main(limit):
    primes = sieve(limit)
    gaps = [b - a for a, b in zip(primes, primes[1:])]
    print(f"{len(primes)} primes below {limit}")
    print(f"largest: {primes[-1]}, largest gap: {max(gaps)}")
    twins = sum(1 for g in gaps if g == 2)
    print(f"twin prime pairs: {twins}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
