grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 1
print(alias)
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(3)]
print(t)
flat = [x for row in m for x in row]
print(flat, sum(flat))
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
a = [1, 2]
a.append(a)
print(len(a), a[2][0])
