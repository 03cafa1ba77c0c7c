log = []
def src():
    for i in range(5):
        log.append(i)
        yield i
g = (x * 10 for x in src())
print(log)
print(next(g), log)
print(list(g), log)
print(sum(x for x in range(10) if x % 2), list(zip((i for i in "ab"), (j for j in range(5)))))
print(any(x > 2 for x in src()), log)
