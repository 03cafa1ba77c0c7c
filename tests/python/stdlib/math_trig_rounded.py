# trigonometry and logarithms in a small geometry program (results printed rounded)
import math

def polar(x, y):
    return math.hypot(x, y), math.degrees(math.atan2(y, x))

for x, y in [(1, 0), (1, 1), (0, 2), (-3, 4), (-1, -1)]:
    r, theta = polar(x, y)
    print(f'({x}, {y}) -> r={r:.6f} theta={theta:.4f}')

def rotate(p, angle):
    c, s = math.cos(angle), math.sin(angle)
    return (round(p[0] * c - p[1] * s, 9), round(p[0] * s + p[1] * c, 9))

pts = [(1, 0), (0, 1), (2, 3)]
print([rotate(p, math.pi / 2) for p in pts])
print([round(f(0.5), 12) for f in (math.sin, math.cos, math.tan, math.asin, math.acos, math.atan)])
print([round(f(1.5), 12) for f in (math.sinh, math.cosh, math.tanh, math.asinh, math.exp, math.log, math.expm1, math.log1p)])
print(round(math.acosh(2), 12), round(math.atanh(0.5), 12), round(math.cbrt(27.0), 12), round(math.exp2(0.5), 12))
area = sum(0.5 * math.sin(2 * math.pi / 12) for _ in range(12))
print(f'{area:.10f}', f'{math.pi:.10f}')
