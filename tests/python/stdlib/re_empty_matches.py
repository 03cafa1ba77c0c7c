# empty matches: CPython 3.7+ rules in findall, finditer, sub and split
import re

print(re.findall(r'x*', 'axbc'), re.findall(r'a*?', 'aa'), re.findall(r'|a', 'a'), re.findall(r'\b', 'ab cd'))
print(re.sub('x*', '-', 'abxd'), re.sub(r'\b', '|', 'hi you'), re.sub('', '.', ''), re.sub('a|', '_', 'bab'))
print(re.split(r'x*', 'axbc'), re.split(r'\b', 'ab cd'), re.split(r'(?=b)', 'abab'), re.split('', 'ab'))
print([m.span() for m in re.finditer(r'\d*', 'a12b')], re.subn(r'(?:)', '+', 'xy'))
