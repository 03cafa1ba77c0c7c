# sign options +, -, space and z on ints and floats, nan and inf
for v in [5, -5, 0, 2.5, -2.5, 0.0, -0.0, float("inf"), float("-inf"), float("nan")]:
    print(f"{v:+} {v:-} {v: } |{v:+8}|{v: <8}|{v:^+9}|")
for v in [-0.0, -0.0001, 0.0001, -1e-10]:
    print(f"{v:.2f} {v:z.2f} {v:+z.2f} {v:z.1e} {v:zg}")
print("%+d % d %+.1f % .1f %+e" % (3, 3, -0.0, 2.0, 1e10))
