# exceptions driving loops: retries, accumulation, for/else with handlers
def parse_all(items):
    good, bad = [], []
    for item in items:
        try:
            good.append(int(item))
        except ValueError as e:
            bad.append(str(e))
    return good, bad
print(parse_all(["1", "x", "3", "4.5", "-2"]))

attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError(f"attempt {attempts}")
    return "connected"

for i in range(5):
    try:
        print(flaky())
        break
    except ConnectionError as e:
        print("retry after", e)
else:
    print("gave up")

total = 0
data = [10, 0, 5, "x", None, 2]
for d in data:
    try:
        total += 100 // d
    except ZeroDivisionError:
        total -= 1
    except TypeError as e:
        print("skip:", e)
print(total)
