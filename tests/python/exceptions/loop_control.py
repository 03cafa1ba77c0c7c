results = []
for x in ["1", "2", "x", "4", "", "6"]:
    try:
        results.append(int(x))
    except ValueError:
        results.append(None)
        continue
    finally:
        results.append("|")
print(results)
def first_error(items):
    for i, it in enumerate(items):
        try:
            1 / it
        except ZeroDivisionError:
            return i
    return -1
print(first_error([1, 2, 0, 3]), first_error([1]))
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise RuntimeError("retry")
        break
    except RuntimeError:
        pass
print(attempts)
