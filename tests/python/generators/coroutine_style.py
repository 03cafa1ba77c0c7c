# generators as coroutines: a scheduler round-robining tasks with send and throw
def task(name, steps):
    total = 0
    for i in range(steps):
        try:
            got = yield f"{name} step {i}"
            total += got or 0
        except KeyError:
            yield f"{name} interrupted"
            return total
    return total

tasks = [task("a", 3), task("b", 2), task("c", 4)]
results = {}
for t in tasks:
    next(t)
tick = 0
while tasks:
    for t in list(tasks):
        tick += 1
        try:
            if tick == 5:
                print(t.throw(KeyError))
                continue
            print(t.send(tick))
        except StopIteration as e:
            results[t.__name__ + str(len(results))] = e.value
            tasks.remove(t)
print(results)
