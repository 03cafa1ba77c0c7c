# findall/finditer, sub with backreferences/named groups/functions, subn, split
import re

print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)=(\d)', 'a=1 b=2 c'), re.findall(r'(\d)x', '1x 2y 3x'))
print([m.span() for m in re.finditer(r'\bf\w*', 'which foot or hand fell fastest')])
print([(m.start(), m.group()) for m in re.finditer(r'[aeiou]', 'education')])
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@home.com, ann@work.com'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'hi there'), re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub(r'\s+', ' ', '  lots   of\t\tspace \n'), re.sub('a', 'b', 'aaa', count=2), re.sub('x', r'\n', 'axb'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b20 c300'), re.subn(r'o', '0', 'foo boo'))
print(re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'), re.split(r'\s*,\s*', 'a , b,c ,d'))
print(re.split(r'[,;]', 'a,b;c', maxsplit=1), re.split('x', 'axbxc', maxsplit=-1), re.split(r'(a)|b', 'xaybz'))
print(re.sub(r'(a)|b', r'[\1]', 'ab'), re.sub(r'^', '> ', 'l1\nl2', flags=re.M), re.sub('', '-', 'abc'))
