print(True + 1, False * 10, True / 2, True // 1, -True, ~True, True & False, True | False, True ^ True)
print(sum([True, True, False]), int(True), str(True), repr(False), True == 1, False == 0, True is not False)
print(max(True, 0), [1, 2][True], {True: "t"}[1], (1 > 0) + (2 > 1))
