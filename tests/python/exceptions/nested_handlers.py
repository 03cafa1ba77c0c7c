log = []
def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 3 == 1:
        raise KeyError(i)
    return i
for i in range(6):
    try:
        try:
            log.append(risky(i))
        except ValueError as e:
            log.append("V" + str(e))
    except KeyError as e:
        log.append("K" + str(e))
print(log)
def deep(n):
    if n == 0:
        raise OverflowError("bottom")
    return deep(n - 1)
try:
    deep(50)
except ArithmeticError as e:
    print(type(e).__name__, e)
count = 0
while True:
    try:
        count += 1
        if count > 3:
            raise StopIteration
    except StopIteration:
        break
print(count)
