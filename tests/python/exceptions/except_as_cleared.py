# the `except E as e` name is deleted when the handler ends
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as n:
    print("NameError:", n)

def f():
    err = "before"
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err

try:
    f()
except UnboundLocalError as u:
    print("UnboundLocalError:", u)

saved = None
try:
    raise KeyError("keep")
except KeyError as e:
    saved = e
print("kept through another name:", repr(saved))
