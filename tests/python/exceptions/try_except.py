def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "inf"
    finally:
        print("finally", a, b)
print(safe_div(1, 2), safe_div(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("lookup", repr(e))
try:
    raise ValueError("bad value")
except Exception as e:
    print(e, e.args, repr(e))
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("outer")
except TypeError as e:
    print("caught", e)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
