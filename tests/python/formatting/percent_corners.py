# %-formatting: flags, width/precision from *, mapping keys, %r/%a/%c, and its errors
print('%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x|%X|%#x|%#o|%o|%08.3f' % (255, 255, 255, 8, 8, 3.14159))
print('%e|%.2E|%g|%G|%.3g' % (12345.678, 0.000123, 1e-7, 1e20, 2.0 / 3))
print('%s|%r|%a|%c|%c' % ('hé', 'hé', 'hé', 65, 'z'))
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%(name)s is %(age)d, %(name)r' % {'name': 'ann', 'age': 30})
print('%%|%s%%' % 50, '%.3s' % 'abcdef', '%5.1s|' % 'xyz')
print('%s' % (1, ), '%s' % [1, 2], '%s %s' % ('a', (1, 2)))
print('%d %i %u' % (3.9, -2.5, True), '%f' % 1, '%.0f %.0f' % (0.5, 1.5))
print(b'%s and %d' % (b'bytes', 5) if False else 'skip bytes')
cases = [
    ('%d', 'x'),
    ('%s %s', ('a',)),
    ('%s', ('a', 'b')),
    ('%(k)s', ('t',)),
    ('%c', 'ab'),
    ('%z', 1),
    ('%c', 1114112),
    ('%x', 1.5),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print('%s' % {'a': 1}, '%(a)s' % {'a': 1}, '%s' % ())
print('%-6s|%6s|' % ('ab', 'cd'), '%+.2e' % -1234.5)
print('%d items' % '3')
