# repr/str of floats: shortest round-trip digits, exponent thresholds, specials
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 1e15, 1e16, 1.5e16, 123456789012345678.0, 1e-4, 1e-5,
          1.23e-5, 5e-324, 1.7976931348623157e308, float("inf"), -float("inf"), float("nan"),
          -0.0, 0.0, 100.0, 3.14159, 2.0**53, 2.0**63, 1/3, 1e100, 1.1e-100, 9.999999999999999e22]
for v in values:
    print(repr(v), str(v), [v], (v,), {"k": v})
print(float("1e500"), float("-1e500"), 1e308 * 10)
print(0.1 * 3, 1.1 * 1.1, 4.35 * 100, 2.5e-3, 12345.6789e10)
