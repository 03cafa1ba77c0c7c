# groupby (keys, consumed and skipped groups), accumulate, chain, pairwise, tee, zip_longest
from itertools import groupby, accumulate, chain, pairwise, tee, zip_longest
import operator

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')], [len(list(g)) for k, g in groupby([1, 1, 2, 2, 2, 3])])
people = [('ann', 'NY'), ('bob', 'NY'), ('cid', 'LA'), ('dan', 'SF'), ('eve', 'SF')]
for city, group in groupby(people, key=lambda p: p[1]):
    print(city, [name for name, _ in group])
groups = groupby('aabbcc')
_, first = next(groups)
_, second = next(groups)
print(list(first), list(second))
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(accumulate([])), list(accumulate([], initial=0)), list(accumulate(['a', 'b', 'c'])))
print(list(chain('ab', [1, 2], (3,))), list(chain.from_iterable([[1], [2, 3], []])), list(chain()))
print(list(pairwise([1, 2, 3, 4])), list(pairwise('a')), list(pairwise('')))
a, b = tee(x * x for x in range(5))
print(list(a), list(b), len(tee('abc', 3)))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1, 2], [3], [4, 5, 6])), list(zip_longest()))
