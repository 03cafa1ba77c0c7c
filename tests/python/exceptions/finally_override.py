# return/break/continue in finally discard the in-flight exception
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())

def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())

def loop():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 1:
                continue
    return out
print(loop())

def break_out():
    while True:
        try:
            raise RuntimeError("dropped")
        finally:
            break
    return "after break"
print(break_out())

def order():
    log = []
    try:
        try:
            log.append("try")
            raise ValueError
        except ValueError:
            log.append("except")
            raise TypeError
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(order())
