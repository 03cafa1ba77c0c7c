# sorted/min/max with key, reverse and default; stability; errors
people = [('ann', 31), ('bob', 25), ('cy', 31), ('di', 19), ('ed', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]))
print(max([3, 1, 4, 1, 5], key=lambda x: -x), min('hello', key=ord), max('abc', 'xy', 'z', key=len))
print(min([], default='empty'), max([], key=len, default=None), min([2, 1], default=9))
print(sorted('Banana apple Cherry'.split(), key=str.lower), sorted([3, -1, -4, 2], key=abs))
words = ['bb', 'a', 'ccc', 'dd', 'e']
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
lst = [5, 2, 8]
lst.sort(key=lambda x: x % 3)
print(lst, sorted({'b': 2, 'a': 1}), sorted({3, 1, 2}, reverse=True))
print(max(1, 2.5, 2), min(True, 0), max([[1, 2], [1, 3]]), min((1, 'b'), (1, 'a')))
calls = []


def key(x):
    calls.append(x)
    return x


sorted([3, 1, 2], key=key)
print(calls)
for bad in [lambda: min([]), lambda: max(1), lambda: sorted([1, 'a']), lambda: min(1, 2, default=0),
            lambda: max([1], key=lambda x: x, foo=1), lambda: sorted([1], key=5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
max()
