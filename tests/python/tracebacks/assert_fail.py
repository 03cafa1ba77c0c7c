x = 5
assert x > 10, "x too small: %d" % x
