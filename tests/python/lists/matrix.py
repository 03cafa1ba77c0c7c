def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(matmul(a, b))
ident = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
m = [[2, 0, 1], [1, 3, 2], [1, 1, 1]]
print(matmul(m, ident) == m, matmul(m, m))
def det3(m):
    return (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
            - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
print(det3(m), det3(ident))
fm = [[0.5, 1.5], [2.5, 3.5]]
print(matmul(fm, fm))
