# bytes and bytearray: construction, indexing, slicing, iteration, comparison, decode, mutation
b = b'hello'
print(b[0], b[-1], b[1:4], b[::-1], list(b[:2]), len(b), b'ell' in b, 104 in b, b == b'hello', b != b'help')
print(bytes(3), bytes([72, 105]), bytes(range(65, 70)), bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes(b'copy'))
print(hash(b'abc') == hash(b'abc'), {b'k': 1}[b'k'], sorted({b'b', b'a'} - {b'b'}), [x for x in b'AZ'])
print('héllo'.encode(), b'h\xc3\xa9llo'.decode(), b'caf\xe9'.decode('latin-1'), b'\xff\x00'.hex(), b'a'.decode('ascii'))
print(b'x\xffy'.decode('utf-8', 'replace'), b'x\xffy'.decode('utf-8', errors='ignore'))
ba = bytearray(b'abc')
ba.append(0x64)
ba.extend(b'ef')
ba.extend([103])
print(ba, len(ba), ba[0], ba[2:4], ba == b'abcdefg', bytes(ba), ba.pop(), ba.decode(), ba.hex())
print(bytearray(2), bytearray(), bytearray('hé', 'utf-8'), bytearray([1, 2, 255]), type(ba[1:]).__name__)
print(repr(bytearray(b"it's")), repr(b"it's"), repr(b'q"x'), repr(b'\t\n\\'), isinstance(ba, bytes))
counts = {}
for byte in b'mississippi':
    counts[byte] = counts.get(byte, 0) + 1
print(sorted((chr(k), v) for k, v in counts.items()))
for bad in [lambda: b[10], lambda: b['x'], lambda: bytes('x'), lambda: bytes([300]), lambda: bytes(1.5),
            lambda: b'\xff'.decode(), lambda: b'\xe2\x82'.decode('utf-8'), lambda: b'\x80'.decode('ascii'),
            lambda: 'x' in b, lambda: hash(ba), lambda: ba.append(256), lambda: bytearray().pop(),
            lambda: bytes('é', 'ascii'), lambda: b'x'.decode('nope')]:
    try:
        bad()
    except (IndexError, TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
b'abc'[3]
