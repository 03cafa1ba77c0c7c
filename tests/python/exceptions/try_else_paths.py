# try/except/else/finally: which blocks run
def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError(action)
        if action == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for a in ["ok", "raise", "return"]:
    print(a, run(a))

def else_raises():
    try:
        pass
    except ZeroDivisionError:
        return "not here"
    else:
        1 / 0
try:
    else_raises()
except ZeroDivisionError as e:
    print("else raised", e, e.__context__)
