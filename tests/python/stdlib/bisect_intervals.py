# bisect on sorted data: range counting, nearest neighbours and a sorted insert-only index
import bisect

times = [1, 3, 3, 7, 10, 12, 15, 15, 15, 20]

def count_between(lo, hi):
    return bisect.bisect_right(times, hi) - bisect.bisect_left(times, lo)

print([count_between(a, b) for a, b in [(0, 5), (3, 3), (15, 20), (21, 30), (8, 9)]])

def nearest(x):
    i = bisect.bisect_left(times, x)
    candidates = times[max(i - 1, 0):i + 1]
    return min(candidates, key=lambda t: (abs(t - x), t))

print([nearest(x) for x in [0, 4, 5, 11, 16, 99]])
index = []
for word in 'the quick brown fox jumps over the lazy dog'.split():
    i = bisect.bisect_left(index, word)
    if i == len(index) or index[i] != word:
        bisect.insort(index, word)
print(index, bisect.bisect(index, 'm'))
