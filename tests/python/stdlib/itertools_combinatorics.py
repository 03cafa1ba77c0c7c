# product, permutations, combinations, combinations_with_replacement
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', repeat=2)), list(product([1, 2], 'xy', [True])))
print(len(list(product(range(4), repeat=3))), list(product()), list(product('ab', [])))
print(list(permutations([1, 2, 3])), list(permutations('abcd', 2))[:5], list(permutations('ab', 3)))
print(list(combinations('ABCD', 2)), list(combinations(range(5), 0)), list(combinations(range(3), 4)))
print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
words = ['cat', 'dog', 'bird']
print([' '.join(p) for p in permutations(words)])
print(sum(1 for c in combinations(range(20), 3)), sum(1 for c in combinations_with_replacement(range(10), 3)))
