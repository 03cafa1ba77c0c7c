ints = [i for i in range(10)]
floats = [i / 2 for i in range(6)]
mixed = [i if i % 2 else str(i) for i in range(6)]
print(ints, floats, mixed)
ints[3] = 3.5
print(ints, sum(ints))
floats.append("end")
print(floats)
nums = list(range(100))
print(sum(nums), nums[::25], nums.index(42), len(nums))
nums.sort(reverse=True)
print(nums[:5])
z = [0] * 5 + [1.5] * 2
print(z, z.count(0), z.count(1.5))
