# a realistic report: aligned columns with format specs, totals, percentages
rows = [("widgets", 1250, 3.5), ("gadgets", 87, 12.25), ("doohickeys", 14003, 0.075), ("thingamajigs", 0, 99.0)]
total = sum(q * p for _, q, p in rows)
header = f"{'item':<14}{'qty':>8}{'price':>10}{'value':>14}{'share':>8}"
print(header)
print("-" * len(header))
for name, qty, price in rows:
    value = qty * price
    print(f"{name:<14}{qty:>8,}{price:>10.2f}{value:>14,.2f}{value / total:>8.1%}")
print("=" * len(header))
print(f"{'total':<14}{sum(q for _, q, _ in rows):>8,}{'':>10}{total:>14,.2f}{1:>8.0%}")
print("{:^50}".format(" end of report "), "|")
print("{:-^50}".format(""))
for i, (name, qty, _) in enumerate(rows, 1):
    print("%2d. %-12s %6d" % (i, name, qty))
