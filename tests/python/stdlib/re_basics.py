# re: match/search/fullmatch, groups, named groups, spans, lastindex/lastgroup
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m, m.group(0), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.span(2), m.start(2), m.end(1))
m = re.search(r'(?P<first>\w+) (?P<last>\w+)', 'Dr. Malcolm Reynolds')
print(m.groupdict(), m.group('first'), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(re.match('a', 'ba'), re.search('a', 'ba'), re.fullmatch(r'\d{3}-\d{4}', '555-1234'), re.fullmatch(r'\d+', '12a'))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups(''), m.group(2), m.span(2), m.lastindex)
print(re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'(a)|(b)', 'b').lastindex)
print(re.search(r'\d+', 'abc 123 def 45').group(), re.search(r'x', 'abc'), bool(re.search('b', 'abc')))
p = re.compile(r'\d')
print(p.search('ab3', 1), p.match('ab3', 2), p.match('ab3', 1), p.search('123', 0, 0), p.fullmatch('a5b', 1, 2))
print(re.compile(r'o[gh]').fullmatch('dog', 1), re.compile(r'^a').search('ba', 1), re.compile(r'a$').search('ab', 0, 1))
