# re: groups, named groups, findall/finditer, sub with callbacks, split, flags, fullmatch
import re

log = '2024-01-05 ERROR disk full; 2024-01-06 WARN slow; 2024-02-01 ERROR net down'
pat = re.compile(r'(\d{4})-(\d{2})-(\d{2}) (?P<level>[A-Z]+) (?P<msg>[^;]+)')
for m in pat.finditer(log):
    print(m.group(1), m['level'], m.group('msg'), m.span(), m.groupdict()['level'])
print(pat.findall(log)[0], len(pat.findall(log)))
print(re.findall(r'\b\w+@\w+\.com\b', 'mail ann@x.com or bob@y.com, not c@z.org'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'ann@home bob@work'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'), re.subn(r'a', 'A', 'banana'))
print(re.split(r'[,;]\s*', 'a, b;c,   d'), re.split(r'(\d)', 'x1y2z'), re.split(r'\s+', ' lead and trail ', maxsplit=2))
print(bool(re.fullmatch(r'[a-z]+\d*', 'abc123')), re.fullmatch(r'\d+', '12a'), re.match(r'\d+', '12a').group())
print(re.search(r'colou?r', 'The COLOR red', re.I).group(), re.findall(r'^\w', 'a\nb\nc', re.M))
print(re.findall(r'a.c', 'abc a\nc', re.S), re.escape('1+1=2?'), re.findall(r'(?:ab)+', 'ababab abx'))
print(re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'Ada Lovelace'))
print(re.findall(r'(\w)(\d)?', 'a1b'), re.match(r'(a)(b)?', 'a').groups(), re.match(r'(a)(b)?', 'a').groups('-'))
print(re.findall(r'<.*?>', '<a><b>'), re.findall(r'<.*>', '<a><b>'), re.findall(r'(?<=\$)\d+', 'cost $30 and $4'))
m = re.search(r'(?P<key>\w+)=(?P<val>\w+)', 'x: k1=v1')
print(m.start(), m.end(), m.group(0), m.group(1, 2), m.string, m.re.pattern, m.lastgroup)
print(re.compile(r'\d').sub('#', 'a1b2', count=1), [m.group() for m in re.finditer(r'\d\d', '123456')])
for bad in [r'(', r'[a-', r'a{2,1}', r'(?P<n>a)(?P<n>b)']:
    try:
        re.compile(bad)
    except re.error as e:
        print('error', e)
re.match(r'x', 'x').group(3)
