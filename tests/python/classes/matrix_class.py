# a Matrix: tuple keys, __matmul__, __eq__, __neg__, __mul__ by scalars on both sides
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __matmul__(self, o):
        if self.m != o.n:
            raise ValueError(f"shape mismatch {self.n}x{self.m} @ {o.n}x{o.m}")
        return Matrix([[sum(self[i, k] * o[k, j] for k in range(self.m)) for j in range(o.m)] for i in range(self.n)])
    def __mul__(self, k):
        return Matrix([[k * x for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __neg__(self):
        return -1 * self
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return "\n".join(" ".join(f"{x:3}" for x in r) for r in self.rows)
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b)
print(2 * a == a * 2, a @ Matrix.identity(2) == a, -a)
a[0, 0] = 9
print(a[0, 0], (a @ b)[1, 1])
m = Matrix.identity(3)
for _ in range(3):
    m = m @ Matrix([[1, 1, 0], [0, 1, 1], [0, 0, 1]])
print(m)
a @ Matrix([[1, 2, 3]])
