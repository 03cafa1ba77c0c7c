# with inside generators and generators driving resources
class Resource:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("open")
        return self
    def __exit__(self, t, v, tb):
        self.log.append("close:" + (t.__name__ if t else "ok"))
        return False

def reader(log, n):
    with Resource(log):
        for i in range(n):
            yield i

log = []
print(list(reader(log, 3)), log)
log = []
g = reader(log, 5)
print(next(g), next(g), log)
g.close()
print(log)
log = []
g = reader(log, 5)
next(g)
try:
    g.throw(ValueError("stop"))
except ValueError:
    pass
print(log)
