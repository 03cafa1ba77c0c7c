# integers in other bases: format types, prefixes, grouping, negative numbers, big ints
for n in [0, 1, 7, 8, 255, 256, -1, -255, 65535, 2**32, -2**40, 2**100]:
    print(f"{n:d} {n:b} {n:o} {n:x} {n:X} {n:#b} {n:#o} {n:#x} {n:#X}")
print(f"{0xdeadbeef:_x} {0xdeadbeef:#_X} {1234567890:_d} {255:#010b} {255:+#x} {-255:#012_x}")
print(bin(10), oct(8), hex(255), bin(-3), hex(-255))
print("%x %X %o %#o %#x" % (2**70, 2**70, 2**70, -8, -2**70))
print(format(2**64, ","), format(-2**64, "_"), format(10**25, ".3e"))
print(int("ff", 16), int("-0b101", 0), int("0o17", 0))
