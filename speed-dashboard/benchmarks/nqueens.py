# nqueens: all placements of n queens, enumerated by nested generators (generators, yield from, tuples, sets).
# tier: 2
# size: 12
# checksum: 14200 474332318 92
# test-size: 7
# test-checksum: 40 450901737 0
import sys


def placements(n, row, columns, rising, falling):
    """Yields every way to complete a board whose first `row` rows are filled, as a tuple of columns."""
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in columns or row + col in rising or row - col in falling:
            continue
        columns.add(col)
        rising.add(row + col)
        falling.add(row - col)
        for rest in placements(n, row + 1, columns, rising, falling):
            yield (col,) + rest
        columns.remove(col)
        rising.remove(row + col)
        falling.remove(row - col)


def permutations_checked(n):
    # A second, slower enumeration: all permutations (a generator of generators), filtered by the diagonals.
    def perms(items):
        if len(items) <= 1:
            yield items
            return
        for i in range(len(items)):
            for rest in perms(items[:i] + items[i + 1:]):
                yield (items[i],) + rest

    def safe(board):
        return len({r + c for r, c in enumerate(board)}) == n and len({r - c for r, c in enumerate(board)}) == n

    yield from (board for board in perms(tuple(range(n))) if safe(board))


def main():
    n = int(sys.argv[1])
    count = 0
    signature = 0
    for board in placements(n, 0, set(), set(), set()):
        count += 1
        signature = (signature * 31 + sum((i + 1) * c for i, c in enumerate(board))) % 1000000007
    small = n - 4
    checked = sum(1 for _ in permutations_checked(small))
    print(count, signature, checked)


main()
