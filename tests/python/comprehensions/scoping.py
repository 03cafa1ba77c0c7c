x = "outer"
print([x for x in range(2)], x)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)])
n = 3
print([n * i for i in range(n)])
def f():
    k = 10
    return [k + j for j in range(3)]
print(f())
print({c: [i for i in range(len(c))] for c in ["a", "bb"]})
