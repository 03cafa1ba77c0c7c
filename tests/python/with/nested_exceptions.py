# nested with blocks: exits run innermost first, each sees the exception, inner suppression
log = []
class M:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, t, v, tb):
        log.append(f"exit {self.name} {t.__name__ if t else None}")
        return self.suppress

with M("a"):
    with M("b", suppress=True):
        with M("c"):
            raise ValueError
    log.append("after b")
print(log)
log.clear()
try:
    with M("x"), M("y"), M("z"):
        raise KeyError
except KeyError:
    log.append("caught")
print(log)
log.clear()
with M("outer", suppress=True):
    with M("inner"):
        raise RuntimeError("inner error")
    log.append("not reached")
print(log)
