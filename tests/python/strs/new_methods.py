# str methods: isidentifier/isascii/isprintable/istitle, casefold, expandtabs, translate,
# removeprefix/suffix, partition and friends
names = ['valid_name', '2bad', '_ok', 'with space', 'π', 'class', '', 'a-b']
print([(n, n.isidentifier()) for n in names])
print(['abc'.isascii(), 'é'.isascii(), ''.isascii(), 'tab\t'.isprintable(), 'ok!'.isprintable(), '\x7f'.isprintable()])
print(['Title Case'.istitle(), 'Not title'.istitle(), 'ALL'.istitle(), "It's".istitle(), '1A'.istitle()])
print('Straße'.casefold(), 'ΣΑΣ'.casefold(), 'MiXeD'.casefold() == 'mixed'.casefold(), 'ﬁ'.casefold())
print(repr('a\tb\tc'.expandtabs()), repr('12\t3\n\tx'.expandtabs(4)), repr('\t'.expandtabs(0)))
tbl = str.maketrans({'a': '4', 'e': '3', 'o': None})
print('leet coder'.translate(tbl), 'abc'.translate({97: 'AA', 98: None}), str.maketrans('ab', 'xy'))
print('v1.2.3'.removeprefix('v'), 'file.tar.gz'.removesuffix('.gz'), 'x'.removeprefix('y'))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'none'.partition(':'))
print('  pad '.strip(), 'xxhixx'.strip('x'), '0042'.lstrip('0'), 'a,b,,c'.split(','), 'a b  c'.split(None, 1))
print('Hello'.center(11, '*'), 'x'.zfill(3), '-7'.zfill(4), 'abc'.title(), 'hELLO'.swapcase())
print('one two'.count('o'), 'banana'.find('na', 3), 'banana'.rindex('a'), 'ab' * 3, ','.join('xyz'))
for bad in [lambda: str.maketrans('ab', 'c'), lambda: str.maketrans({'ab': 1}), lambda: 'x'.translate({120: 2.5}),
            lambda: 'x'.removeprefix(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
'abc'.expandtabs('4')
