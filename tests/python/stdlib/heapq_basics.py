# heapq: push/pop order, heapify layout, pushpop/replace, nlargest/nsmallest, merge, errors
import heapq

h = []
for x in [5, 1, 8, 3, 2, 9, 1, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 0, 3, 8, 2]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 5), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [4, 1, 7, 3, 9, 2]), heapq.nsmallest(2, [4, 1, 7]), heapq.nlargest(2, ['bb', 'a', 'ccc'], key=len))
print(heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]), list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)), list(heapq.merge([7, 4, 1], [8, 5], reverse=True)))
tasks = []
for prio, name in [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee')]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
