for s in ["0", "-0", "+5", "007", "1_2_3", " 42\n", "-99999999999999999999999"]:
    print(repr(s), int(s))
for s, b in [("ff", 16), ("FF", 16), ("777", 8), ("zz", 36), ("-101", 2), ("0x10", 0), ("0o10", 0), ("0b10", 0), ("10", 0)]:
    print(s, b, int(s, b))
for bad in ["", "1.5", "abc", "1__2", "_1"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
