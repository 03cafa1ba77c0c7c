# collections.Counter: counting words, most_common, arithmetic, elements, update/subtract
from collections import Counter

text = 'the quick brown fox jumps over the lazy dog the end'
words = Counter(text.split())
print(words.most_common(3), words['the'], words['missing'], len(words))
letters = Counter('abracadabra')
print(letters, letters.most_common(), sorted(letters.elements()))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=4)
print(a + b, a - b, a & b, a | b, +Counter(x=-1, y=2), -Counter(x=-1, y=2))
a.update({'a': 1, 'z': 5})
a.subtract(['a', 'a', 'q'])
print(a, a.total())
del a['z']
print(a, Counter() == Counter(), Counter(a=1) == Counter(a=1, b=0), isinstance(a, dict))
inventory = Counter(apples=5, pears=2)
inventory['apples'] -= 2
inventory['kiwis'] += 7
print(inventory, sorted(inventory.items()), Counter('ab') < Counter('abc'))
