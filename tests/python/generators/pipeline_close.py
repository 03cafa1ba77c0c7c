# a pipeline of generators: early exit closes the chain through yield from and for loops
log = []
def source(n):
    try:
        for i in range(n):
            yield i
    finally:
        log.append("source closed")

def doubled(it):
    try:
        for x in it:
            yield x * 2
    finally:
        log.append("doubled closed")

def take(it, k):
    out = []
    for x in it:
        out.append(x)
        if len(out) == k:
            break
    return out

src = source(100)
dbl = doubled(src)
print(take(dbl, 3), log)
dbl.close()
print(log)
src2 = source(5)
print(list(doubled(src2)), log)

def forward():
    yield from src3_doubled
src3 = source(10)
src3_doubled = doubled(src3)
f = forward()
print(next(f), next(f))
f.close()
print(log)
src3.close()
print(log)
