# where repr, str, g and '' switch to exponent notation
for e in range(-7, 18):
    x = float(f"1.5e{e}")
    print(e, repr(x), f"{x:g}", f"{x:.3}", f"{x:.10g}", "%g" % x, f"{x:e}")
for x in [15.0, 150.0, 1500.0, 0.00015, 9.9999995e-5, 0.000099999, 999999.5, 9999995.0, 1e16 - 2, 123456789.0]:
    print(repr(x), f"{x:g}", f"{x:.6g}", f"{x:#g}", f"{x:.0g}", f"{x:.1e}")
