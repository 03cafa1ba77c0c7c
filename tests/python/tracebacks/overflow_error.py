import math
print(math.sqrt(4))
x = 10.0 ** 400
