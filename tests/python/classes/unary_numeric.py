# unary operators, abs, __index__, __int__, __float__, __round__, pow with a modulus
class N:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"N({self.v})"
    def __neg__(self): return N(-self.v)
    def __pos__(self): return N(+self.v)
    def __invert__(self): return N(~self.v)
    def __abs__(self): return N(abs(self.v))
    def __index__(self): return self.v
    def __float__(self): return float(self.v) + 0.5
    def __round__(self, n=None):
        return ("round", n)
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)

n = N(-3)
print(-n, +n, ~n, abs(n))
print([10, 20, 30, 40][N(2)], "abcdef"[N(1):N(4)], list(range(N(3))))
print(int(N(7)), float(n), round(n), round(n, 2))
print(bin(N(5)), hex(N(255)), oct(N(8)))
print(pow(N(2), 3), pow(N(2), 3, 5), N(2) ** 4)
class I:
    def __int__(self):
        return 42
print(int(I()))
try:
    [1, 2][I()]
except TypeError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return "no"
try:
    [1][BadIndex()]
except TypeError as e:
    print(e)
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print(e)
class BadInt:
    def __int__(self):
        return 1.5
int(BadInt())
