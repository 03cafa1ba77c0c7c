def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    for i in range(3):
        try:
            continue
        finally:
            print("g finally", i)
g()
def h():
    try:
        raise ValueError("x")
    except ValueError:
        return "handled"
    finally:
        print("h finally")
print(h())
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()
