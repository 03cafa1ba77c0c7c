# __traceback__ chains: tb_next and line numbers, innermost last
def inner():
    raise ValueError("deep")
def middle():
    inner()
def outer():
    middle()

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    saved = e

try:
    raise saved
except ValueError as again:
    tb = again.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("entries after re-raise:", n)

stripped = saved.with_traceback(None)
print(stripped is saved, saved.__traceback__)
try:
    raise stripped
except ValueError as e3:
    print(e3.__traceback__.tb_lineno, e3.__traceback__.tb_next)
