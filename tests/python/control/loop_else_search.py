def first_prime_above(n):
    k = n + 1
    while True:
        for d in range(2, int(k ** 0.5) + 1):
            if k % d == 0:
                break
        else:
            return k
        k += 1
print([first_prime_above(n) for n in (1, 10, 100, 1000, 7919)])
