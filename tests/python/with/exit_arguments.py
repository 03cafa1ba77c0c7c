# __exit__ receives (type, value, traceback); the value is the raised object itself
class Capture:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return True

err = KeyError("same object")
with Capture() as c:
    raise err
t, v, tb = c.args
print(t is KeyError, v is err, tb.tb_lineno, tb.tb_next)

with Capture() as c:
    raise ValueError
print(type(c.args[1]).__name__, c.args[1].args)

def deep():
    raise IndexError("from a call")
with Capture() as c:
    deep()
tb = c.args[2]
print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_next)

with Capture() as c:
    pass
print(c.args)
