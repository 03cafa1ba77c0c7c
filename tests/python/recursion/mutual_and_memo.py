cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), fib(150))
def collatz_len(n, memo={1: 1}):
    if n not in memo:
        memo[n] = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
print(max(range(1, 300), key=collatz_len))
def power_set_count(n):
    return 1 if n == 0 else 2 * power_set_count(n - 1)
print(power_set_count(64))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(2 ** 40 * 3, 2 ** 35 * 9))
