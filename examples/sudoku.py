"""A Sudoku solver: constraint propagation (eliminate, only-choice) plus depth-first search.

Usage:
    sudoku.py        solve every embedded puzzle
    sudoku.py N      solve the first N puzzles
"""

import sys
import time

DIGITS = "123456789"
ROWS = "ABCDEFGHI"
COLS = DIGITS


def cross(a, b):
    return [x + y for x in a for y in b]


SQUARES = cross(ROWS, COLS)
UNITS_LIST = (
    [cross(ROWS, c) for c in COLS]
    + [cross(r, COLS) for r in ROWS]
    + [cross(rs, cs) for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")]
)
UNITS = {s: [u for u in UNITS_LIST if s in u] for s in SQUARES}
# peers in a fixed order: set order of str depends on the hash seed
PEERS = {s: sorted(set(sum(UNITS[s], [])) - {s}) for s in SQUARES}

PUZZLES = [
    ("nearly done", "48.9216.7967.4582.2518.6493.4813.9767.9564.3813.7982.5372.8951.8142.3769.9541.382"),
    ("easy", "003020600900305001001806400008102900700000008006708200002609500800203009005010300"),
    ("invalid", "11...............................................................................",),
    ("minimal", "...8.1..........435............7.8........1...2..3....6......75..34........2..6.."),
    ("medium", "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"),
    ("hard", "52...6.........7.13...........4..8..6......5...........418.........3..2...87....."),
    ("unsolvable", "4..1..8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......"),
    ("diagonal", "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759.."),
    ("sparse", "6....894.9....61...7..4....2..61..........2...89..2.......6...5.......3.8....16.."),
]


class Contradiction(Exception):
    """Raised when propagation empties a square or leaves a digit nowhere to go in a unit."""


class Stats:
    def __init__(self):
        self.assigns = 0
        self.eliminations = 0
        self.guesses = 0
        self.backtracks = 0
        self.max_depth = 0

    def __add__(self, other):
        total = Stats()
        for name in vars(total):
            setattr(total, name, getattr(self, name) + getattr(other, name) if name != "max_depth" else max(self.max_depth, other.max_depth))
        return total

    def __str__(self):
        return ", ".join(f"{k}={v}" for k, v in vars(self).items())


class Grid:
    """Candidate digits of every square, as strings ("123" = one of those)."""

    def __init__(self, values=None, stats=None):
        self.values = dict(values) if values else {s: DIGITS for s in SQUARES}
        self.stats = stats or Stats()

    @classmethod
    def parse(cls, text, stats=None):
        chars = [c for c in text if c in DIGITS or c in "0."]
        if len(chars) != 81:
            raise ValueError(f"a puzzle has 81 squares, got {len(chars)}")
        grid = cls(stats=stats)
        for square, c in zip(SQUARES, chars):
            if c in DIGITS:
                grid.assign(square, c)
        return grid

    def copy(self):
        return Grid(self.values, self.stats)

    def solved(self):
        return all(len(v) == 1 for v in self.values.values())

    def assign(self, square, digit):
        """Eliminates every other candidate from the square, propagating."""
        self.stats.assigns += 1
        for other in self.values[square].replace(digit, ""):
            self.eliminate(square, other)

    def eliminate(self, square, digit):
        values = self.values
        if digit not in values[square]:
            return
        self.stats.eliminations += 1
        remaining = values[square].replace(digit, "")
        values[square] = remaining
        if not remaining:
            raise Contradiction(f"no candidates left in {square}")
        if len(remaining) == 1:
            # a square with one candidate: that digit goes from all its peers
            for peer in PEERS[square]:
                self.eliminate(peer, remaining)
        for unit in UNITS[square]:
            places = [s for s in unit if digit in values[s]]
            if not places:
                raise Contradiction(f"no place for {digit} in a unit of {square}")
            if len(places) == 1 and len(values[places[0]]) > 1:
                self.assign(places[0], digit)

    def rows(self):
        for r in ROWS:
            yield [self.values[r + c] for c in COLS]

    def render(self):
        width = 1 + max(len(v) for v in self.values.values())
        line = "+".join(["-" * (width * 3 + 1)] * 3)
        out = []
        for i, row in enumerate(self.rows()):
            cells = [v.center(width) if len(v) < 9 else ".".center(width) for v in row]
            out.append(" " + " | ".join("".join(cells[j:j + 3]) for j in (0, 3, 6)))
            if i in (2, 5):
                out.append(line)
        return "\n".join(out)

    def as_string(self):
        return "".join(v if len(v) == 1 else "." for v in (self.values[s] for s in SQUARES))


def search(grid, depth=0):
    """Depth-first search, trying the square with the fewest candidates first."""
    grid.stats.max_depth = max(grid.stats.max_depth, depth)
    if grid.solved():
        return grid
    _, square = min((len(v), s) for s, v in grid.values.items() if len(v) > 1)
    for digit in grid.values[square]:
        attempt = grid.copy()
        grid.stats.guesses += 1
        try:
            attempt.assign(square, digit)
            result = search(attempt, depth + 1)
        except Contradiction:
            grid.stats.backtracks += 1
            continue
        if result is not None:
            return result
    return None


def verify(grid):
    """Every unit holds each digit exactly once."""
    return all(sorted(grid.values[s] for s in unit) == list(DIGITS) for unit in UNITS_LIST)


def count_solutions(text, limit=2):
    """How many solutions a puzzle has, up to `limit` (a well-posed puzzle has exactly one)."""
    found = 0

    def walk(grid):
        nonlocal found
        if found >= limit:
            return
        if grid.solved():
            found += 1
            return
        _, square = min((len(v), s) for s, v in grid.values.items() if len(v) > 1)
        for digit in grid.values[square]:
            attempt = grid.copy()
            try:
                attempt.assign(square, digit)
            except Contradiction:
                continue
            walk(attempt)

    try:
        walk(Grid.parse(text))
    except Contradiction:
        pass
    return found


class Timer:
    """A with-block that records how long it took (reported only as a coarse bucket)."""

    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.elapsed = time.perf_counter() - self.start
        return False


def solve(name, text):
    print(f"=== {name} ===")
    givens = sum(c in DIGITS for c in text)
    print(f"{givens} givens")
    stats = Stats()
    with Timer() as timer:
        try:
            grid = Grid.parse(text, stats)
            after_propagation = grid.copy()
            solution = search(grid)
        except Contradiction as e:
            print(f"contradiction while reading the puzzle: {e}")
            return stats, False
    open_squares = sum(len(v) > 1 for v in after_propagation.values.values())
    print(f"after propagation: {open_squares} squares open")
    if open_squares and open_squares < 81:
        print(after_propagation.render())
        print()
    if solution is None:
        print("no solution")
        return stats, False
    print(solution.render())
    ok = verify(solution)
    print(f"valid: {ok}; {stats}")
    assert timer.elapsed >= 0
    return stats, ok


def main(argv):
    limit = int(argv[0]) if argv else len(PUZZLES)
    total = Stats()
    results = {}
    for name, text in PUZZLES[:limit]:
        stats, ok = solve(name, text)
        total = total + stats
        results[name] = ok
    print("=== summary ===")
    for name, ok in results.items():
        print(f"{name:<12}{'solved' if ok else 'FAILED':>8}")
    print(f"total: {total}")
    if limit > 3:
        first = PUZZLES[0][1]
        print(Grid.parse(first).as_string())
        print(f"solutions of {PUZZLES[0][0]!r}: {count_solutions(first)}")
        loose = "." * 60 + first[60:]
        print(f"solutions with only the last 21 squares given (up to 3): {count_solutions(loose, 3)}")


if __name__ == "__main__":
    main(sys.argv[1:])
