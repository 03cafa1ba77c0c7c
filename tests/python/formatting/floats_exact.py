# float formatting with CPython's exact rounding: ties to even on the binary value
values = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-10, 123456.789, 9.995, 0.05, 1/3, 2/3,
          1e21, 1e22, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, -0.0, 99.95, 0.0005]
for v in values:
    print(repr(v), "%.0f|%.1f|%.2f|%.3e|%g|%.3g|%.10g|%G" % (v, v, v, v, v, v, v, v))
    print("   ", f"{v:.2f} {v:e} {v:.0e} {v:#.0e} {v:.15g} {v:.17g} {v:%} {v:.1%}")
print("%.20f" % 0.1)
print("%.50f" % 0.1)
print("%.30e" % 1e-300)
print(f"{2**0.5:.120f}")
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(f"{1e16:.0f} {123456789012345678.0:,.2f}")
