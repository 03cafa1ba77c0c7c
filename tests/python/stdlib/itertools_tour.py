# itertools: groupby, accumulate, product, permutations, combinations, chain, islice, starmap
import itertools as it
import operator

data = 'aaabccddddae'
print([(k, len(list(g))) for k, g in it.groupby(data)])
people = [('eng', 'ann'), ('eng', 'bob'), ('ops', 'cy'), ('eng', 'di')]
print([(k, [n for _, n in g]) for k, g in it.groupby(sorted(people), key=lambda p: p[0])])
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([])))
print(list(it.product('ab', [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations('abcd', 3)), list(it.combinations_with_replacement('ab', 2)))
print(list(it.chain('ab', [1, 2], (3,))), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.islice(it.count(10, 5), 2, 8, 2)), list(it.islice('abcdef', 3)))
print(list(it.starmap(pow, [(2, 3), (3, 2), (10, 0)])), list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(it.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.filterfalse(str.isdigit, 'a1b2')))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.repeat('x', 3)), list(zip(it.cycle('ab'), range(5))))
print(list(it.pairwise([1, 2, 4, 7])) if hasattr(it, 'pairwise') else [])
total = 0
for i, (x, y) in enumerate(it.product(range(3), range(3))):
    if x != y:
        total += x * y + i
print(total)
g = it.groupby([1, 1, 2])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2))
for bad in [lambda: list(it.permutations([1], -1)), lambda: it.islice([], -1), lambda: list(it.product(1))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
list(it.combinations('ab', None))
