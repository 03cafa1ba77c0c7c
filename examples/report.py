"""A sales report: deterministic random data, aggregated several ways, printed as tables.

Usage:
    report.py        2000 orders
    report.py N      N orders
"""

import bisect
import heapq
import itertools
import math
import random
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager
from functools import reduce
from operator import attrgetter, itemgetter

REGIONS = ["North", "South", "East", "West", "Central"]
PRODUCTS = {
    "widget": 4.25,
    "gadget": 12.50,
    "gizmo": 29.99,
    "doohickey": 2.10,
    "thingamajig": 149.00,
    "whatsit": 0.99,
}
CHANNELS = ["web", "store", "phone"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


class Order:
    __slots__ = ("id", "region", "product", "channel", "month", "quantity", "discount", "customer")

    def __init__(self, id, region, product, channel, month, quantity, discount, customer):
        self.id = id
        self.region = region
        self.product = product
        self.channel = channel
        self.month = month
        self.quantity = quantity
        self.discount = discount
        self.customer = customer

    @property
    def unit_price(self):
        return PRODUCTS[self.product]

    @property
    def total(self):
        return round(self.quantity * self.unit_price * (1 - self.discount), 2)

    def __repr__(self):
        return f"Order(#{self.id} {self.quantity}x{self.product} {self.region}/{self.channel} {MONTHS[self.month]})"


def generate_orders(n, seed=2024):
    """n orders from a seeded generator: the same data on every run."""
    random.seed(seed)
    weights = [5, 3, 2, 8, 1, 10]
    products = list(PRODUCTS)
    customers = [f"C{i:04d}" for i in range(max(10, n // 8))]
    for i in range(1, n + 1):
        product = random.choices(products, weights=weights)[0]
        quantity = max(1, int(random.expovariate(1 / 6)))
        discount = random.choice([0, 0, 0, 0.05, 0.10, 0.15, 0.25])
        month = min(11, int(random.triangular(0, 12, 9)))
        yield Order(i, random.choice(REGIONS), product, random.choice(CHANNELS), month,
                    quantity, discount, random.choice(customers))


# ---- statistics, written out ------------------------------------------------------------

def mean(xs):
    xs = list(xs)
    if not xs:
        raise ValueError("mean of an empty sequence")
    return math.fsum(xs) / len(xs)


def median(xs):
    s = sorted(xs)
    if not s:
        raise ValueError("median of an empty sequence")
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def stdev(xs):
    xs = list(xs)
    if len(xs) < 2:
        return 0.0
    m = mean(xs)
    return math.sqrt(math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1))


def percentile(xs, p):
    """Linear interpolation between the closest ranks."""
    s = sorted(xs)
    k = (len(s) - 1) * p
    lo, hi = math.floor(k), math.ceil(k)
    return s[lo] if lo == hi else s[lo] + (s[hi] - s[lo]) * (k - lo)


# ---- tables -------------------------------------------------------------------------------

class Table:
    """Columns with a title, a format spec for the cells and an alignment."""

    def __init__(self, title, columns):
        self.title = title
        self.columns = columns  # (header, spec, width)
        self.rows = []

    def add(self, *cells):
        if len(cells) != len(self.columns):
            raise ValueError(f"{len(cells)} cells for {len(self.columns)} columns")
        self.rows.append(cells)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(self)
        return False

    def __str__(self):
        widths = [w for _, _, w in self.columns]
        rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
        head = "|" + "|".join(f" {h:^{w}} " for (h, _, w) in self.columns) + "|"
        lines = [f" {self.title} ".center(len(rule), "="), rule, head, rule]
        for row in self.rows:
            cells = []
            for value, (_, spec, w) in zip(row, self.columns):
                text = format(value, spec) if value is not None else "-"
                align = "<" if isinstance(value, str) else ">"
                cells.append(f" {text:{align}{w}} ")
            lines.append("|" + "|".join(cells) + "|")
        lines.append(rule)
        return "\n".join(lines)


def bar(value, scale, width=30):
    full = int(value / scale * width) if scale else 0
    return "#" * full + "." * (width - full)


# ---- the report ---------------------------------------------------------------------------

def by_region(orders):
    revenue = defaultdict(float)
    counts = Counter()
    for o in orders:
        revenue[o.region] += o.total
        counts[o.region] += 1
    grand = sum(revenue.values())
    with Table("Revenue by region", [("region", "", 8), ("orders", "d", 6), ("revenue", ",.2f", 12),
                                     ("share", ".1%", 6), ("avg order", "8.2f", 9)]) as t:
        for region in sorted(revenue, key=revenue.get, reverse=True):
            t.add(region, counts[region], revenue[region], revenue[region] / grand, revenue[region] / counts[region])
        t.add("total", sum(counts.values()), grand, 1.0, grand / max(1, sum(counts.values())))


def by_product(orders):
    key = lambda o: o.product
    with Table("Products", [("product", "", 11), ("units", ",d", 7), ("revenue", ",.2f", 12),
                            ("median qty", ".1f", 10), ("stdev", ".2f", 6), ("p90", ".1f", 5)]) as t:
        for product, group in itertools.groupby(sorted(orders, key=key), key=key):
            group = list(group)
            qty = [o.quantity for o in group]
            t.add(product, sum(qty), sum(o.total for o in group), median(qty), stdev(qty), percentile(qty, 0.9))


def monthly(orders):
    totals = [0.0] * 12
    for o in orders:
        totals[o.month] += o.total
    running = list(itertools.accumulate(totals))
    peak = max(totals)
    print("Monthly revenue")
    for name, amount, cum in zip(MONTHS, totals, running):
        print(f"  {name} {amount:>11,.2f} {cum:>12,.2f}  {bar(amount, peak)}")
    best = max(range(12), key=totals.__getitem__)
    changes = [b - a for a, b in itertools.pairwise(totals)]
    up = sum(1 for c in changes if c > 0)
    print(f"  best month: {MONTHS[best]}; {up} of {len(changes)} month-on-month changes were up")


def channel_matrix(orders):
    cells = Counter((o.region, o.channel) for o in orders)
    header = "".join(f"{c:>8}" for c in CHANNELS)
    print(f"Orders by region and channel\n  {'':<8}{header}{'all':>8}")
    for region in REGIONS:
        row = [cells[region, c] for c in CHANNELS]
        print(f"  {region:<8}" + "".join(f"{n:>8}" for n in row) + f"{sum(row):>8}")
    col_totals = [sum(cells[r, c] for r in REGIONS) for c in CHANNELS]
    print(f"  {'all':<8}" + "".join(f"{n:>8}" for n in col_totals) + f"{sum(col_totals):>8}")


def customers(orders, top=5):
    spend = defaultdict(float)
    visits = Counter()
    for o in orders:
        spend[o.customer] += o.total
        visits[o.customer] += 1
    ranked = sorted(spend.items(), key=lambda kv: (-kv[1], kv[0]))
    with Table(f"Top {top} customers", [("customer", "", 8), ("orders", "d", 6), ("spent", ",.2f", 10), ("per order", ".2f", 9)]) as t:
        for cust, total in ranked[:top]:
            t.add(cust, visits[cust], total, total / visits[cust])
    loyal = sum(1 for n in visits.values() if n >= 3)
    counts = Counter(visits.values())
    hist = ", ".join(f"{k}:{counts[k]}" for k in sorted(counts))
    print(f"{len(spend)} customers, {loyal} with 3+ orders; orders per customer {hist}")


def discounts(orders):
    groups = defaultdict(list)
    for o in orders:
        groups[o.discount].append(o)
    print("Discounts")
    for d in sorted(groups):
        group = groups[d]
        lost = sum(o.quantity * o.unit_price * d for o in group)
        print("  {:>4.0%}  {:>5} orders  {:>10,.2f} revenue  {:>9,.2f} given away".format(
            d, len(group), sum(o.total for o in group), lost))


def big_orders(orders, threshold):
    big = [o for o in orders if o.total >= threshold]
    print(f"Orders of {threshold:,} or more: {len(big)}")
    for o in sorted(big, key=lambda o: (-o.total, o.id))[:4]:
        print(f"  {o!r:<52} {o.total:>10,.2f}")
    try:
        smallest = min(o.total for o in big)
    except ValueError:
        print("  (none)")
    else:
        print(f"  smallest of them: {smallest:.2f}")


BUCKETS = [5, 10, 25, 50, 100, 250, 1000]


def histogram(orders):
    """Order values bucketed with bisect; the largest ones found with a heap."""
    counts = [0] * (len(BUCKETS) + 1)
    for o in orders:
        counts[bisect.bisect_right(BUCKETS, o.total)] += 1
    labels = [f"< {BUCKETS[0]}"] + [f"{lo}-{hi}" for lo, hi in itertools.pairwise(BUCKETS)] + [f">= {BUCKETS[-1]}"]
    widest = max(counts) or 1
    print("Order values")
    for label, n in zip(labels, counts):
        print(f"  {label.rjust(9)} {n:>6} {'*' * round(n / widest * 40)}")
    top = heapq.nlargest(3, orders, key=attrgetter("total"))
    print("  three largest:", ", ".join(f"#{o.id}={o.total:,.2f}" for o in top))
    cheapest = heapq.nsmallest(3, ((o.total, o.id) for o in orders))
    print("  three smallest:", ", ".join(f"#{i}={t:.2f}" for t, i in cheapest))


def rows_by(orders, *fields):
    """Yields (key, orders) groups for the given fields, one field at a time, depth first."""
    if not fields:
        yield (), orders
        return
    first, rest = fields[0], fields[1:]
    groups = defaultdict(list)
    for o in orders:
        groups[getattr(o, first)].append(o)
    for key in sorted(groups):
        for subkey, group in rows_by(groups[key], *rest):
            yield (key, *subkey), group


def drilldown(orders, limit=6):
    print("Drill-down (region, channel)")
    pairs = [(key, sum(o.total for o in group)) for key, group in rows_by(orders, "region", "channel")]
    for (region, channel), total in sorted(pairs, key=itemgetter(1), reverse=True)[:limit]:
        print(f"  {region.upper():<8} {channel.title():<6} {total:>11,.2f}")
    text = " / ".join(sorted({channel for (_, channel), _ in pairs}))
    print(f"  channels: {text.swapcase()!r}; partition: {text.partition(' / ')}")


@contextmanager
def section(name, width=72):
    """Prints a section's output between rules; a failing section is reported and skipped."""
    print(f"--- {name} ".ljust(width, "-"))
    try:
        yield
    except (ValueError, ZeroDivisionError) as e:
        print(f"  (section failed: {type(e).__name__}: {e})")
    finally:
        print()


def checksum(orders):
    """A digest of the data, so a change in generation shows up as one number."""
    return reduce(lambda acc, o: (acc * 31 + o.quantity * 7 + o.month + len(o.customer)) % 1_000_000_007, orders, 17)


def main(argv):
    n = int(argv[0]) if argv else 2000
    orders = list(generate_orders(n))
    print(f"{len(orders)} orders, checksum {checksum(orders)}")
    totals = [o.total for o in orders]
    try:
        print(f"order value: mean {mean(totals):.2f}, median {median(totals):.2f}, "
              f"stdev {stdev(totals):.2f}, p25 {percentile(totals, 0.25):.2f}, p75 {percentile(totals, 0.75):.2f}")
    except ValueError as e:
        print(f"order value: {e}")
    sections = [
        ("regions", by_region), ("products", by_product), ("months", monthly),
        ("channels", channel_matrix), ("customers", customers), ("discounts", discounts),
        ("big orders", lambda os: big_orders(os, 1000)), ("histogram", histogram),
        ("drill-down", drilldown),
    ]
    print()
    for name, report in sections:
        with section(name):
            report(orders)
    sample = orders[:3]
    print("first orders:", sample)
    print("%-10s|%8.3f|%+d|%x|%5.1e" % ("printf", math.pi, 42, 255, 123456.789))


if __name__ == "__main__":
    main(sys.argv[1:])
