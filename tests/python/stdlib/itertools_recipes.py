# recipes from the itertools docs built on the module: take, nth, flatten, powerset, roundrobin, unique
from itertools import islice, chain, combinations, cycle, groupby, filterfalse, count, repeat, starmap, zip_longest

def take(n, iterable):
    return list(islice(iterable, n))

def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle((lambda it=iter(it): next(it)) for it in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(lambda x: x in seen, iterable):
        seen.add(element)
        yield element

def grouper(iterable, n, fillvalue=None):
    return zip_longest(*[iter(iterable)] * n, fillvalue=fillvalue)

print(take(5, count(100, 7)), nth('abcdef', 3), nth('ab', 9, 'none'))
print(list(powerset([1, 2, 3])))
print(list(roundrobin('ABC', 'D', 'EF')), list(unique_everseen('AAAABBBCCDAABBB')))
print(list(grouper('ABCDEFG', 3, 'x')), list(starmap(pow, zip(range(5), repeat(3)))))
print([len(list(g)) for _, g in groupby(sorted('mississippi'))])
