squares = [x * x for x in range(10) if x % 2]
pairs = {k: v for k, v in zip("ab", (1, 2))}
gen = (a < b < c for a, b, c in triples)
label = f"{len(squares)!r:>{width}} items"
