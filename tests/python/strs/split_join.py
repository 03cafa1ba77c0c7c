csv = "name,age,city\nann,30,paris\nbob,25,rome"
rows = [line.split(",") for line in csv.splitlines()]
print(rows)
header, *body = rows
print([dict(zip(header, r)) for r in body])
print(" | ".join(h.upper() for h in header))
print("a  b\tc\n d".split(), "  lead".split(" "), "x".split("x"), "".split(), "".split(","))
print("1.2.3".split(".", 1), "1.2.3".rsplit(".", 1), "a-b-c".replace("-", ""))
words = "the rain in spain stays mainly".split()
print(sorted(words, key=lambda w: w[::-1]), [w for w in words if "ain" in w])
