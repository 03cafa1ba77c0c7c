# collections.defaultdict: grouping, counting, nesting, missing factory, repr
from collections import defaultdict

groups = defaultdict(list)
for name, team in [('ann', 'red'), ('bob', 'blue'), ('cid', 'red'), ('dan', 'green'), ('eve', 'blue')]:
    groups[team].append(name)
print(groups, dict(groups), sorted(groups), groups['none'], len(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], 'x' in t, isinstance(t, dict))
plain = defaultdict()
try:
    plain['k']
except KeyError as e:
    print('KeyError', e)
print(plain, defaultdict(set, {'a': {1}}), defaultdict(lambda: 0).default_factory is not None)
print(groups.get('missing'), 'missing' in groups, groups.copy() == groups)
