# heapq as a priority queue and bisect for sorted inserts and grade lookup
import bisect
import heapq

tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (4, 'test'), (1, 'coffee'), (2, 'code')]:
    heapq.heappush(tasks, (prio, name))
order = []
while tasks:
    order.append(heapq.heappop(tasks))
print(order)
nums = [9, 4, 7, 1, 8, 2, 6]
h = list(nums)
heapq.heapify(h)
print(h[0], heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [5])), list(heapq.merge(['c', 'a'], ['b'], key=str.upper, reverse=True)))


def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60]])
sl = []
for x in [5, 1, 4, 1, 3, 5]:
    bisect.insort(sl, x)
print(sl, bisect.bisect_left(sl, 1), bisect.bisect_right(sl, 1), bisect.bisect_left(sl, 6), bisect.bisect(sl, 0))
bisect.insort_left(sl, 4)
print(sl, bisect.bisect_left(sl, 4, 2, 5), bisect.bisect_right(sl, 4, lo=0, hi=3))
records = [(1, 'a'), (3, 'c'), (5, 'e')]
print(bisect.bisect_left(records, 3, key=lambda r: r[0]), bisect.bisect(records, (3, 'z')))
heap = []
for i, w in enumerate('the quick brown fox jumps over the lazy dog'.split()):
    heapq.heappush(heap, (-len(w), i, w))
print([heapq.heappop(heap)[2] for _ in range(3)])
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
bisect.insort([1, 2], 'x')
