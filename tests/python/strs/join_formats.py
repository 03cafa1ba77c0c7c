items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for name, price, qty in items:
    print(f"{name:<10}{price:>8.2f}{qty:>5d}{price * qty:>10.3f}")
total = sum(p * q for _, p, q in items)
print(f"{'TOTAL':<10}{total:>23.3f}")
print(", ".join(f"{n}={q}" for n, _, q in items))
print("%-8s|%8s|" % ("left", "right"), "%+05d" % 42, "%x %X %o" % (255, 255, 8))
