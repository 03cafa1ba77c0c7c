# bisect: left/right positions, insort, key=, lo/hi bounds, a grading table
import bisect

a = [1, 2, 2, 2, 4, 8]
print([bisect.bisect_left(a, x) for x in range(10)], [bisect.bisect_right(a, x) for x in range(10)])
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left([], 5))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)

def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
records = [('ann', 25), ('bob', 31), ('cid', 47)]
print(bisect.bisect_left(records, 31, key=lambda r: r[1]), bisect.bisect_right(records, 100, key=lambda r: r[1]))
bisect.insort(records, ('dan', 30), key=lambda r: r[1])
print(records)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print('ValueError', e)
