# try/finally inside generators: finally runs on exhaustion, break, close, and errors
log = []
def numbers(n):
    try:
        for i in range(n):
            try:
                yield i
            finally:
                log.append("inner " + str(i))
    finally:
        log.append("outer")

print(list(numbers(2)), log)
log.clear()
g = numbers(5)
for x in g:
    if x == 1:
        break
g.close()
print(log)
log.clear()

def failing():
    try:
        yield 1
        raise ValueError("inside")
    finally:
        log.append("cleanup before propagating")

try:
    for x in failing():
        log.append(x)
except ValueError as e:
    log.append(str(e))
print(log)

def finally_returns():
    try:
        yield 1
    finally:
        return "swallowed"
f = finally_returns()
next(f)
print(f.close())
