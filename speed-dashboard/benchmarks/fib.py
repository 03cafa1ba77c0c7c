# fib: naive doubly recursive Fibonacci (function calls and small int arithmetic).
# tier: 1
# size: 35
# checksum: 9227465
# test-size: 10
# test-checksum: 55
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    n = int(sys.argv[1])
    print(fib(n))


main()
