# zero padding: 0 flag, = alignment, with signs, prefixes, grouping, floats, strings
values = [42, -42, 3.14159, -3.14159, 0.0, -0.0, 1234567]
for v in values:
    print(f"[{v:08}] [{v:+08}] [{v:=8}] [{v:0=8}] [{v:08,}] [{v:012_}]" if isinstance(v, int) else f"[{v:08.2f}] [{v:+08.2f}] [{v:=10.3f}] [{v:010,.1f}] [{v:08.2e}]")
print(f"[{'ab':05}] [{'ab':0<5}] [{'ab':0>5}]")
print("%05d %05.1f %-05d| %+06d %05s %05x" % (42, 2.5, 42, 42, "ab", 255))
print(f"{7:03d} {7:03x} {7:#06x} {-7:04} {7:x>4}")
print("{:0>3}:{:0>2}:{:06.3f}".format(5, 7, 1.5))
print(str(42).zfill(5), "-42".zfill(6), "+1".zfill(4), "abc".zfill(2))
