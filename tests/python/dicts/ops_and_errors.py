# dict operations: merge operators, setdefault trees, pop/popitem, inversion, mutation errors
d = {'a': 1, 'b': 2, 'c': 3}
d['d'] = 4
print(list(d), list(d.values()), list(d.items()), len(d), 'b' in d, 4 in d.values())
print(list(reversed(d)), sorted(d.items(), key=lambda kv: -kv[1]), dict(sorted(d.items(), reverse=True)))
merged = {'x': 1} | {'y': 2, 'x': 3}
merged |= {'z': 0}
print(merged, {**d, 'a': 100}, dict(zip('ab', range(2))), dict.fromkeys('xyz', 0))
inv = {v: k for k, v in d.items()}
print(inv, d.setdefault('e', 5), d.pop('a'), d.pop('nope', None), d.popitem(), d)
counts = {}
for w in 'the cat and the hat and the bat'.split():
    counts[w] = counts.get(w, 0) + 1
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
nested = {}
for path in ['a/b/c', 'a/b/d', 'a/e']:
    node = nested
    for part in path.split('/'):
        node = node.setdefault(part, {})
print(nested)
try:
    for key in d:
        d[key + '!'] = 0
except RuntimeError as e:
    print('RuntimeError', e)
print({1: 'a', 1.0: 'b', True: 'c'}, {(1, 2): 'tuple key'}[(1, 2)])
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
print(d == dict(d), d is not d.copy(), {'a': [1]} == {'a': [1]}, {} == dict())
{}.popitem()
