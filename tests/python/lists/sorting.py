words = ["banana", "Apple", "cherry", "date", "fig", "elderberry"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w), reverse=True))
nums = [5, -3, 2.5, 0, -7, 10]
nums.sort(key=abs)
print(nums)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), max(pairs), min(pairs))
stable = sorted([(1, "x"), (0, "y"), (1, "a"), (0, "b")], key=lambda p: p[0])
print(stable)
print(sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])))
