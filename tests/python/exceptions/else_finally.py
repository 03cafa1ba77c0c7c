def f(x):
    out = []
    try:
        out.append("try")
        if x:
            raise ValueError(x)
    except ValueError:
        out.append("except")
    else:
        out.append("else")
    finally:
        out.append("finally")
    return out
print(f(0), f(1))
def g():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(g())
def h():
    for i in range(5):
        try:
            if i == 2:
                break
        finally:
            print("f", i)
    return i
print(h())
