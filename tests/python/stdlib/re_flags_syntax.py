# flags (IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII, inline and scoped), lookaround, lazy, classes
import re

print(re.findall(r'^\w+', 'one two\nthree four', re.M), re.findall(r'\w+$', 'one two\nthree four', re.M))
print(re.findall(r'a.c', 'abc a\nc', re.S), re.findall(r'a.c', 'abc a\nc'), re.findall(r'hello', 'Hello HELLO', re.I))
pattern = re.compile(r'''
    (?P<area>\d{3})   # area code
    [-.\s]?           # separator
    (?P<num>\d{4})    # number
''', re.VERBOSE)
print(pattern.search('call 555.1234 now').groupdict())
print(re.findall(r'(?i)abc', 'ABC abc AbC'), re.findall(r'a(?i:b)c', 'abc aBc ABC'), re.findall(r'(?s:.)x', '\nx'))
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'(?<=\$)\d+', '$10 and $20'), re.findall(r'\b(?!un)\w+', 'undo redo'))
print(re.findall(r'(?<!-)\b\d+', '-1 2 -3 4'), re.match(r'<.*?>', '<a><b>').group(), re.match(r'<.*>', '<a><b>').group())
print(re.findall(r'a{2,3}', 'aaaaaaa'), re.findall(r'a{2,3}?', 'aaaaa'), re.findall(r'x{,2}y', 'xxxy'), re.findall(r'a{3}', 'aaaa'))
print(re.findall(r'[^a-c]', 'abcdef'), re.findall(r'[\d.]+', 'v1.2.3 x 4'), re.findall(r'[-+*/]', '1+2-3*4/5'), re.findall(r'[]a]', 'a]b'))
print(re.findall(r'\w+', 'héllo wörld_1 42'), re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\d', '٣ 3'), re.findall(r'\s+', 'a\u3000b\x1cc'))
print(re.findall(r'(\w)\1', 'aabbcdd'), re.findall(r'(?P<c>.)(?P=c)', 'xxyzz'), re.search(r'(\d+)\s\1', '12 12').group())
print(re.findall(r'\bcat\b', 'cat concat cat.'), re.findall(r'\Bcat', 'cat concat'), re.findall(r'\Aab', 'ab\nab', re.M), re.findall(r'b\Z', 'ab\nb'))
print(re.findall(r'(?>a+)b', 'aaab'), re.findall(r'a++b', 'aab'), re.findall(r'(?:ab)+', 'ababxab'), re.findall(r'a|ab', 'ab'))
print(re.findall(r'\x41\u00e9\101\t', 'Aé\x41\t'), re.findall(r'.', '😀a😀'), [m.span() for m in re.finditer('b', '😀b😀b')])
