name = "World"
n = 42
pi = 3.14159265
print(f"Hello {name}! {n} {n:5d} {n:<5}| {n:^7}| {n:08.3f} {pi:.2f} {pi:10.4f}|")
print(f"{n!r} {name!r} {n:x} {n:o} {n:b} {n:#x} {255:X} {1234567:,} {-5:+d} {5:+d}")
print(f"{'nested ' + name} {[1, 2][0]} {n * 2} {{literal}}")
print("{} and {}".format("a", "b"), "{1} {0}".format("x", "y"), "{name}={val}".format(name="k", val=3))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:.3e}".format(12345.678), "{:%}".format(0.25))
print(format(3.5, ".1f"), format(10, "04d"), format("s", ">3"), str(1e-7), f"{1e20}", f"{0.1:g}", f"{123456789.0:g}")
