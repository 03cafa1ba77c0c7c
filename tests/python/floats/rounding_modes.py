import math
vals = [2.5, 3.5, -2.5, -3.5, 0.5, 1.5, 2.675, 1.005, 0.125]
print([round(v) for v in vals])
print([round(v, 1) for v in vals])
print([math.floor(v) for v in vals], [math.ceil(v) for v in vals], [int(v) for v in vals])
print(round(123.456, -1), round(-123.456, -2), round(5.5e-5, 5))
