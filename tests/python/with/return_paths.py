# return, break and continue leave the with block through __exit__
log = []
class CM:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        log.append("enter " + self.tag)
        return self.tag
    def __exit__(self, *exc):
        log.append("exit " + self.tag)

def early(flag):
    with CM("f") as t:
        if flag:
            return "early " + t
        log.append("body")
    return "late"

print(early(True), early(False))
print(log)
log.clear()

def in_try():
    try:
        with CM("t"):
            raise ValueError
    except ValueError:
        log.append("handler")
    finally:
        log.append("finally")
in_try()
print(log)
log.clear()

def loop():
    out = []
    for i in range(4):
        with CM(str(i)):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(loop(), log)
