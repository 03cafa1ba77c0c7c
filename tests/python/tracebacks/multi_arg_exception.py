raise ValueError("bad value", 42, [1, 2])
